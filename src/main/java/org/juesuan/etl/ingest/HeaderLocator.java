package org.juesuan.etl.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.juesuan.etl.template.TableTemplate;
import org.juesuan.etl.template.Text;
import org.juesuan.etl.template.Vocabulary;

/**
 * Finds the header band of a table by its words: it starts at the first row below the
 * title holding a header word of the template (or a structural word such as 项目, 科目编码),
 * runs over merged multi-row headers and an optional 栏次 row, and ends before the first
 * row that carries data (a number, a code, or a row label such as 合计 or 一、…).
 */
final class HeaderLocator {

	private static final Pattern COLUMN_NUMBER = Pattern.compile("\\d{1,2}");

	private static final Pattern COLUMN_LETTER = Pattern.compile("[A-Za-z甲乙丙丁]|--|—");

	static final Pattern CODE = Pattern.compile("^[23]\\d{2}(\\d{2}){0,2}$");

	private static final Pattern ORDINAL_START = Pattern.compile("^[一二三四五六七八九十]+、.+");

	private static final int MAX_HEADER_ROWS = 8;

	private final Vocabulary vocabulary;

	private final AmountParser amounts;

	HeaderLocator(Vocabulary vocabulary, AmountParser amounts) {
		this.vocabulary = vocabulary;
		this.amounts = amounts;
	}

	Optional<HeaderBand> locate(SheetGrid grid, TableTemplate template, int titleRow) {
		Set<String> words = headerWords(template);
		int top = -1;
		int from = Math.max(titleRow + 1, grid.firstNonBlankRow());
		for (int r = from; r < Math.min(grid.height(), from + 20) && top < 0; r++) {
			if (grid.rowTexts(r).stream().anyMatch(words::contains)) {
				top = r;
			}
		}
		return top < 0 ? Optional.empty() : Optional.of(extend(grid, template, words, top));
	}

	private HeaderBand extend(SheetGrid grid, TableTemplate template, Set<String> words, int top) {
		int bottom = top;
		int columnNumberRow = -1;
		for (int r = top + 1; r < grid.height() && r <= top + MAX_HEADER_ROWS; r++) {
			if (vocabulary.isFootnote(grid.firstText(r))) {
				break;
			}
			if (isColumnNumberRow(grid, r)) {
				columnNumberRow = r;
			}
			else if (isDataRow(grid, template, words, r)) {
				return new HeaderBand(top, bottom, columnNumberRow, r);
			}
			else if (!grid.rowTexts(r).isEmpty()) {
				bottom = r;
			}
		}
		return new HeaderBand(top, bottom, columnNumberRow, Math.max(bottom, columnNumberRow) + 1);
	}

	Set<String> headerWords(TableTemplate template) {
		Set<String> words = new HashSet<>();
		template.allColumns().forEach(c -> c.alternatives().forEach(a -> a.forEach(words::addAll)));
		template.panels().forEach(p -> words.add(Text.normalize(p.name())));
		words.addAll(vocabulary.codeHeaders());
		words.addAll(vocabulary.labelHeaders());
		words.addAll(vocabulary.rowNumberHeaders());
		return words;
	}

	boolean isColumnNumberRow(SheetGrid grid, int row) {
		List<String> texts = grid.rowTexts(row);
		if (texts.stream().anyMatch(vocabulary.columnNumberLabels()::contains)) {
			return true;
		}
		int previous = 0;
		int count = 0;
		for (String t : texts) {
			if (COLUMN_NUMBER.matcher(t).matches()) {
				int n = Integer.parseInt(t);
				if (n <= previous) {
					return false;
				}
				previous = n;
				count++;
			}
			else if (!COLUMN_LETTER.matcher(t).matches()) {
				return false;
			}
		}
		return count >= 2;
	}

	/** A row that carries data rather than headings. */
	boolean isDataRow(SheetGrid grid, TableTemplate template, Set<String> words, int row) {
		for (int c = 0; c < grid.width(); c++) {
			GridCell cell = grid.cell(row, c);
			if (cell.mergedCopy()) {
				continue;
			}
			if (amounts.isNumeric(cell) || CODE.matcher(grid.norm(row, c)).matches()) {
				return true;
			}
		}
		List<String> texts = grid.rowTexts(row);
		if (texts.isEmpty()) {
			return false;
		}
		String first = Text.label(texts.get(0));
		boolean labelled = vocabulary.totalLabels().contains(first) || ORDINAL_START.matcher(texts.get(0)).matches()
				|| isRowAlias(template, first) || vocabulary.functionalClassCode(first).isPresent();
		long otherHeaderWords = texts.stream().skip(1).filter(words::contains).count();
		return labelled && otherHeaderWords < 2 && texts.stream().noneMatch(vocabulary::isStructural);
	}

	private static boolean isRowAlias(TableTemplate template, String label) {
		return template.panels().stream().anyMatch(p -> p.rows().stream().anyMatch(r -> r.aliases().contains(label)));
	}

}
