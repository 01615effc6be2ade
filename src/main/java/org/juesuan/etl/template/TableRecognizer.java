package org.juesuan.etl.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which of a set's tables a sheet holds from its content, never from its position:
 * first by title (fuzzy, so typos and prefixes such as the department name or
 * {@code 2024年度} do not matter), then by label ({@code 公开03表}, {@code 表3}), then by the
 * header signature words. A sheet whose top lists several titles (a 目录) is not a table.
 */
public final class TableRecognizer {

	static final double TITLE_THRESHOLD = 0.75;

	private static final int TOP_ROWS = 6;

	private static final Pattern YEAR_PREFIX = Pattern.compile("^.*?\\d{4}年度?");

	private static final Pattern TRAILING_NOTE = Pattern.compile("\\(.*\\)$");

	private final TemplateSet set;

	public TableRecognizer(TemplateSet set) {
		this.set = set;
	}

	/**
	 * @param sheetName the sheet's name
	 * @param rows the sheet's first rows as normalised cell texts, top to bottom
	 * @param department the department's name from the input folder, stripped from titles
	 */
	public Optional<Recognition> recognize(String sheetName, List<List<String>> rows, String department) {
		return recognize(sheetName, rows, candidates(rows, department), new Similarities());
	}

	/**
	 * As {@link #recognize(String, List, String)}, with the rows' title candidates
	 * already made ({@link #candidates}): they do not depend on the set, so a package's
	 * sheets make them once for all sets, and share the similarities computed.
	 */
	Optional<Recognition> recognize(String sheetName, List<List<String>> rows, List<List<String>> candidates,
			Similarities similarities) {
		if (isContents(candidates, similarities)) {
			return Optional.empty();
		}
		return byTitle(rows, candidates, similarities).or(() -> byLabel(sheetName, rows)).or(() -> bySignature(rows));
	}

	/**
	 * Each cell of the rows as a title candidate: without a leading year, the
	 * department's name, a trailing note in parentheses and an ordinal.
	 */
	static List<List<String>> candidates(List<List<String>> rows, String department) {
		String dept = Text.normalize(department);
		List<List<String>> candidates = new ArrayList<>(rows.size());
		for (List<String> row : rows) {
			List<String> cells = new ArrayList<>(row.size());
			for (String cell : row) {
				cells.add(titleCandidate(cell, dept));
			}
			candidates.add(cells);
		}
		return candidates;
	}

	/** A table of contents (目录) lists several titles near its top. */
	private boolean isContents(List<List<String>> candidates, Similarities similarities) {
		Set<Integer> titled = new HashSet<>();
		for (List<String> row : candidates) {
			for (String candidate : row) {
				for (TableTemplate t : set.tables()) {
					if (!titled.contains(t.number()) && bestScore(candidate, t, 0.95, similarities) >= 0.95) {
						titled.add(t.number());
					}
				}
			}
		}
		return titled.size() > 2;
	}

	private Optional<Recognition> byTitle(List<List<String>> rows, List<List<String>> candidates,
			Similarities similarities) {
		TableTemplate best = null;
		int bestRow = -1;
		String bestCell = null;
		double bestScore = 0;
		for (int r = 0; r < Math.min(TOP_ROWS, rows.size()); r++) {
			List<String> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				String candidate = candidates.get(r).get(c);
				for (TableTemplate t : set.tables()) {
					double score = bestScore(candidate, t, TITLE_THRESHOLD, similarities);
					if (score >= TITLE_THRESHOLD && score > bestScore) {
						bestScore = score;
						best = t;
						bestRow = r;
						bestCell = cells.get(c);
					}
				}
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		return Optional.of(new Recognition(best, bestRow,
				"title \"" + bestCell + "\" (" + String.format("%.2f", bestScore) + ")", bestScore));
	}

	/** The best similarity of a candidate to any of a table's titles (0 below needed). */
	private static double bestScore(String candidate, TableTemplate table, double needed, Similarities similarities) {
		double best = 0;
		for (String title : table.titles()) {
			best = Math.max(best, score(candidate, title, needed, similarities));
		}
		return best;
	}

	private static String titleCandidate(String cell, String department) {
		// each pattern only where it can match (年; a closing parenthesis at the end):
		// every cell of every sheet's top comes through here
		String s = cell.indexOf('年') >= 0 ? YEAR_PREFIX.matcher(cell).replaceFirst("") : cell;
		if (!department.isEmpty() && s.startsWith(department)) {
			s = s.substring(department.length());
		}
		s = s.endsWith(")") ? TRAILING_NOTE.matcher(s).replaceFirst("") : s;
		return Text.label(s);
	}

	/**
	 * The similarity of a candidate to a title, or 0 when it cannot reach {@code needed}:
	 * the longest common subsequence is at most the shorter length, so a pair whose
	 * lengths differ too much is not compared character by character.
	 */
	private static double score(String candidate, String title, double needed, Similarities similarities) {
		int shorter = Math.min(candidate.length(), title.length());
		int longer = Math.max(candidate.length(), title.length());
		if (candidate.length() > title.length() * 2 + 4 || longer == 0 || (double) shorter / longer < needed) {
			return 0;
		}
		return similarities.of(candidate, title);
	}

	private Optional<Recognition> byLabel(String sheetName, List<List<String>> rows) {
		List<String> texts = new ArrayList<>();
		rows.stream().limit(TOP_ROWS).forEach(texts::addAll);
		texts.add(Text.normalize(sheetName));
		for (TableTemplate t : set.tables()) {
			for (String text : texts) {
				if (t.labels().contains(text) || t.titles().contains(Text.label(text))) {
					return Optional.of(new Recognition(t, -1, "label \"" + text + "\"", Recognition.LABEL_SCORE));
				}
			}
		}
		return Optional.empty();
	}

	private Optional<Recognition> bySignature(List<List<String>> rows) {
		Set<String> texts = new HashSet<>();
		rows.forEach(texts::addAll);
		return set.tables()
			.stream()
			.filter(t -> t.signature().size() >= 2 && texts.containsAll(t.signature()))
			.max(Comparator.comparingInt(t -> t.signature().size()))
			.map(t -> new Recognition(t, -1, "header words " + t.signature(), Recognition.SIGNATURE_SCORE));
	}

}
