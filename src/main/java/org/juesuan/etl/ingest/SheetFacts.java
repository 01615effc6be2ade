package org.juesuan.etl.ingest;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.etl.template.Vocabulary;

/**
 * What the lines above a table's header state: the 金额单位, the department ({@code 部门：…},
 * {@code 编制单位：…}) and the year of the title. Any of them may be missing (null);
 * {@code unknownUnit} is a 金额单位 the set does not know (千元), which must not be guessed.
 */
record SheetFacts(String unit, String department, Integer year, String unknownUnit) {

	private static final Pattern WHITE = Pattern.compile("\\s+");

	private static final Pattern WIDE_WHITE = Pattern.compile("[\\s\u3000]+");

	private static final Pattern YUAN = Pattern.compile("万元|元");

	private static final Pattern NAME_END = Pattern.compile("\\s{2,}|\\s(?=金额)");

	private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");

	private static final Pattern UNIT_WORDS = Pattern.compile("(金额)?单位[:：]\\s*(万元|元)");

	static SheetFacts read(SheetGrid grid, int headerTop, Vocabulary vocabulary) {
		String unit = null;
		String unknown = null;
		String department = null;
		Integer year = null;
		for (int r = 0; r < Math.max(headerTop, 1) && r < grid.height(); r++) {
			for (int c = 0; c < grid.width(); c++) {
				GridCell cell = grid.cell(r, c);
				String text = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip();
				if (cell.mergedCopy() || text.isEmpty()) {
					continue;
				}
				unit = unit != null ? unit : unit(text, vocabulary);
				Matcher stated = vocabulary.unknownUnitPattern().matcher(WHITE.matcher(text).replaceAll(""));
				unknown = unknown != null || !stated.find() ? unknown : stated.group(1);
				department = department != null ? department : department(text, vocabulary);
				Matcher y = YEAR.matcher(text);
				if (year == null && y.find()) {
					year = Integer.valueOf(y.group(1));
				}
			}
		}
		return new SheetFacts(unit, department, year, unit == null ? unknown : null);
	}

	/**
	 * The unit a text states, or null; also used for header cells such as {@code 金额（万元）}.
	 */
	static String unit(String text, Vocabulary vocabulary) {
		String compact = WHITE.matcher(text).replaceAll("");
		for (Pattern p : vocabulary.unitPatterns()) {
			Matcher m = p.matcher(compact);
			if (m.find()) {
				return m.group(m.groupCount());
			}
		}
		return null;
	}

	private static String department(String text, Vocabulary vocabulary) {
		String compact = WIDE_WHITE.matcher(text).replaceAll(" ");
		for (String prefix : vocabulary.departmentPrefixes()) {
			if (!compact.contains(prefix)) {
				continue; // the pattern needs it; most cells have none, and compiling is
							// dear
			}
			Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(prefix) + "\\s*[:：]\\s*(\\S[^:：]*)")
				.matcher(compact);
			if (m.find()) {
				String name = UNIT_WORDS.matcher(m.group(1)).replaceAll("").strip();
				if (!name.isEmpty() && !YUAN.matcher(name).matches()) {
					return NAME_END.split(name)[0].strip();
				}
			}
		}
		return null;
	}
}
