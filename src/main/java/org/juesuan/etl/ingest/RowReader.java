package org.juesuan.etl.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.juesuan.etl.model.Figure;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.template.Text;
import org.juesuan.etl.template.Vocabulary;

/**
 * Reads the data rows of a table, panel by panel, from the first data row down to the
 * footnotes. Repeated header rows of continuation pages (续表) are skipped. Returns the row
 * where the grid ended.
 */
final class RowReader {

	/** A title's trailing note in parentheses, as {@code （续表）} or {@code （万元）}. */
	private static final Pattern TRAILING_NOTE = Pattern.compile("\\(.*\\)$");

	private final Vocabulary vocabulary;

	private final HeaderLocator headers;

	private final FigureFactory figures;

	RowReader(Vocabulary vocabulary, HeaderLocator headers, FigureFactory figures) {
		this.vocabulary = vocabulary;
		this.headers = headers;
		this.figures = figures;
	}

	int read(SheetGrid grid, HeaderBand band, List<Panel> panels, TableContext ctx, List<Figure> out,
			List<Finding> findings) {
		List<PanelCursor> cursors = panels.stream()
			.map(p -> new PanelCursor(p, new CodeReader(), new RowLabeller(p.spec(), vocabulary)))
			.toList();
		Set<String> words = headers.headerWords(ctx.template());
		for (int r = band.dataStart(); r < grid.height(); r++) {
			if (vocabulary.isFootnote(grid.firstText(r)) || isStatement(grid, r, ctx)) {
				return r;
			}
			if (isRepeatedHeader(grid, r, words, ctx) || headers.isColumnNumberRow(grid, r)) {
				continue;
			}
			List<Figure> row = new ArrayList<>();
			for (PanelCursor cursor : cursors) {
				readPanelRow(grid, r, cursor, ctx, row, findings);
			}
			out.addAll(withoutBlankTwins(row));
		}
		return grid.height();
	}

	private void readPanelRow(SheetGrid grid, int r, PanelCursor cursor, TableContext ctx, List<Figure> out,
			List<Finding> findings) {
		RowKey key = key(grid, r, cursor);
		boolean hasAmounts = cursor.panel()
			.amounts()
			.stream()
			.anyMatch(a -> !grid.cell(r, a.index()).isBlank() && !grid.cell(r, a.index()).mergedCopy());
		if (key == null) {
			if (hasAmounts) {
				findings.add(Finding.file("ingest.unlabelled-row", Severity.WARNING, ctx.template().canonical(),
						"第 " + (r + 1) + " 行有金额但没有科目编码或项目名称，未读取", ctx.location(SheetGrid.address(r, 0))));
			}
			return;
		}
		if (!key.known()) {
			findings.add(Finding.read("ingest.unknown-row", Severity.INFO, "file", ctx.template().canonical(),
					key.label(), null, "行“" + key.label() + "”不在模板中，按原文保存", ctx.location(SheetGrid.address(r,
							cursor.panel().labelColumn() < 0 ? 0 : cursor.panel().labelColumn()))));
		}
		for (AmountColumn column : cursor.panel().amounts()) {
			figures.figure(grid, r, column, key, ctx, findings).ifPresent(out::add);
		}
	}

	private RowKey key(SheetGrid grid, int r, PanelCursor cursor) {
		Panel panel = cursor.panel();
		String code = cursor.codes().read(grid, r, panel.codeColumns());
		String label = panel.labelColumn() >= 0 ? grid.cell(r, panel.labelColumn()).text() : "";
		if (label.isBlank()) {
			label = panel.codeColumns()
				.stream()
				.map(c -> grid.cell(r, c).text())
				.filter(t -> !t.isBlank() && !HeaderLocator.CODE.matcher(Text.normalize(t).replace(".0", "")).matches())
				.findFirst()
				.orElse("");
		}
		if (code.isEmpty()) {
			String[] split = CodeReader.splitCodeAndName(label);
			if (split != null) {
				return new RowKey(split[0], split[1], true);
			}
		}
		if (!code.isEmpty()) {
			return new RowKey(code, label.isBlank() ? code : Text.display(label), true);
		}
		return label.isBlank() ? null : cursor.labeller().label(label);
	}

	/**
	 * A label merged across panels (T8's 公用经费合计 over two of three panels) is met in each;
	 * keep the figure that has a value over a blank twin with the same row and column.
	 */
	private static List<Figure> withoutBlankTwins(List<Figure> row) {
		java.util.Map<String, Figure> kept = new java.util.LinkedHashMap<>();
		for (Figure f : row) {
			String key = f.rowCode() + "|" + f.rowLabel() + "|" + f.columnName();
			Figure twin = kept.get(key);
			if (twin == null || twin.publishedScale() == null && f.publishedScale() != null) {
				kept.put(key, f);
			}
		}
		return new ArrayList<>(kept.values());
	}

	private boolean isRepeatedHeader(SheetGrid grid, int r, Set<String> words, TableContext ctx) {
		List<String> texts = grid.rowTexts(r);
		boolean title = texts.size() == 1 && (texts.get(0).contains("续表")
				|| ctx.template().titles().contains(Text.label(TRAILING_NOTE.matcher(texts.get(0)).replaceAll(""))));
		return title || texts.stream().anyMatch(vocabulary::isStructural)
				&& !headers.isDataRow(grid, ctx.template(), words, r);
	}

	private static boolean isStatement(SheetGrid grid, int r, TableContext ctx) {
		String line = Text.normalize(grid.rowLine(r));
		return line.length() > 8 && ctx.template().emptyStatements().stream().anyMatch(p -> p.matcher(line).find())
				&& grid.rowTexts(r).size() == 1;
	}

	private record PanelCursor(Panel panel, CodeReader codes, RowLabeller labeller) {
	}

}
