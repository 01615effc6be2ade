package org.juesuan.etl.narrative.check;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Resolved;
import org.juesuan.etl.model.TableFigures;
import org.juesuan.etl.model.Term;

/**
 * Finds the table figure a claim speaks of: the first mapping line that fits the claim's
 * section and subject, with {@code {name}} rows found by printed name and {@code {path}}
 * rows by their 类/款/项 names.
 */
final class ClaimLocator {

	private static final Pattern NUMERAL = Pattern.compile("[一二三四五六七八九十]+");

	private final NarrativeMapping mapping;

	ClaimLocator(NarrativeMapping mapping) {
		this.mapping = mapping;
	}

	record Located(NarrativeMapping.Line line, Resolved figure, Resolved budget) {
	}

	Optional<Located> locate(Claim claim, FigureIndex index) {
		return locate(section(claim.section()), claim.subject(), claim.path(), index);
	}

	Optional<Located> locate(String section, String subject, List<String> path, FigureIndex index) {
		for (NarrativeMapping.Line line : mapping.lines()) {
			if (fits(line, section, subject, !path.isEmpty())) {
				Optional<Resolved> figure = resolve(line.figure(), subject, path, index);
				if (figure.isPresent()) {
					Optional<Resolved> budget = line.budget() == null ? Optional.empty()
							: resolve(line.budget(), subject, path, index);
					return Optional.of(new Located(line, figure.get(), budget.orElse(null)));
				}
			}
		}
		return Optional.empty();
	}

	private boolean fits(NarrativeMapping.Line line, String section, String subject, boolean hasPath) {
		if (line.section() != null && !line.section().equals(section)) {
			return false;
		}
		if (line.path()) {
			return hasPath;
		}
		return !hasPath && ("*".equals(line.subject()) || mapping.names().same(line.subject(), subject));
	}

	Optional<Resolved> resolve(Term term, String subject, List<String> path, FigureIndex index) {
		Optional<TableFigures> table = index.table(term.table());
		if (table.isEmpty()) {
			return Optional.empty();
		}
		String row = switch (term.row()) {
			case "{name}" -> byName(table.get(), subject);
			case "{path}" -> byPath(table.get(), subject, path);
			default -> term.row();
		};
		if (row == null) {
			return Optional.empty();
		}
		Term bound = new Term(false, false, term.table(), row, term.column());
		return FigureIndex.resolve(bound, "", "", index, null, true).filter(r -> !r.figures().isEmpty());
	}

	private String byName(TableFigures table, String subject) {
		NameMatcher names = mapping.names();
		return table.rowKeys()
			.stream()
			.filter(k -> names.same(subject, table.label(k)))
			.findFirst()
			.or(() -> table.rowKeys().stream().filter(k -> names.sameLoosely(subject, table.label(k))).findFirst())
			.orElse(null);
	}

	/**
	 * The row the path's last name stands for at its level (（类） a 3-digit code, （款） 5,
	 * （项） 7), preferring the one whose parents' names match too.
	 */
	private String byPath(TableFigures table, String subject, List<String> path) {
		NameMatcher names = mapping.names();
		int digits = subject.endsWith("（类）") ? 3 : subject.endsWith("（款）") ? 5 : 7;
		String best = null;
		int bestScore = 0;
		for (String key : table.rowKeys()) {
			if (key.length() != digits || !TableFigures.isCode(key)
					|| !names.sameLoosely(path.get(path.size() - 1), table.label(key))) {
				continue;
			}
			int score = 4;
			score += digits > 5 && path.size() > 1
					&& names.sameLoosely(path.get(path.size() - 2), table.label(key.substring(0, 5))) ? 2 : 0;
			score += digits > 3 && names.sameLoosely(path.get(0), table.label(key.substring(0, 3))) ? 1 : 0;
			if (score > bestScore) {
				best = key;
				bestScore = score;
			}
		}
		return best;
	}

	/**
	 * The numeral of a 第二部分 section ({@code 五、…/（三）} → 五), or the section as written
	 * (附件2).
	 */
	static String section(String section) {
		int mark = section.indexOf('、');
		return mark > 0 && NUMERAL.matcher(section.substring(0, mark)).matches() ? section.substring(0, mark) : section;
	}

}
