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
		String dept = Text.normalize(department);
		if (isContents(rows, dept)) {
			return Optional.empty();
		}
		return byTitle(rows, dept).or(() -> byLabel(sheetName, rows)).or(() -> bySignature(rows));
	}

	/** A table of contents (目录) lists several titles near its top. */
	private boolean isContents(List<List<String>> rows, String department) {
		Set<Integer> titled = new HashSet<>();
		for (List<String> row : rows) {
			for (String cell : row) {
				String candidate = titleCandidate(cell, department); // once per cell, not
																		// per table: it
																		// is most of the
																		// cost
				set.tables()
					.stream()
					.filter(t -> t.titles().stream().anyMatch(title -> score(candidate, title, 0.95) >= 0.95))
					.forEach(t -> titled.add(t.number()));
			}
		}
		return titled.size() > 2;
	}

	private Optional<Recognition> byTitle(List<List<String>> rows, String department) {
		Recognition best = null;
		double bestScore = 0;
		for (int r = 0; r < Math.min(TOP_ROWS, rows.size()); r++) {
			for (String cell : rows.get(r)) {
				String candidate = titleCandidate(cell, department);
				for (TableTemplate t : set.tables()) {
					double score = t.titles()
						.stream()
						.mapToDouble(title -> score(candidate, title, TITLE_THRESHOLD))
						.max()
						.orElse(0);
					if (score >= TITLE_THRESHOLD && score > bestScore) {
						bestScore = score;
						best = new Recognition(t, r, "title \"" + cell + "\" (" + String.format("%.2f", score) + ")",
								score);
					}
				}
			}
		}
		return Optional.ofNullable(best);
	}

	private static String titleCandidate(String cell, String department) {
		String s = YEAR_PREFIX.matcher(cell).replaceFirst("");
		if (!department.isEmpty() && s.startsWith(department)) {
			s = s.substring(department.length());
		}
		s = TRAILING_NOTE.matcher(s).replaceFirst("");
		return Text.label(s);
	}

	/**
	 * The similarity of a candidate to a title, or 0 when it cannot reach {@code needed}:
	 * the longest common subsequence is at most the shorter length, so a pair whose
	 * lengths differ too much is not compared character by character.
	 */
	private static double score(String candidate, String title, double needed) {
		int shorter = Math.min(candidate.length(), title.length());
		int longer = Math.max(candidate.length(), title.length());
		if (candidate.length() > title.length() * 2 + 4 || longer == 0 || (double) shorter / longer < needed) {
			return 0;
		}
		return candidate.equals(title) ? 1.0 : Text.similarity(candidate, title);
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
