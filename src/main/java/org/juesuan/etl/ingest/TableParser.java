package org.juesuan.etl.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.juesuan.etl.model.Figure;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.ParsedTable;
import org.juesuan.etl.model.RowShape;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.template.Recognition;
import org.juesuan.etl.template.TableTemplate;
import org.juesuan.etl.template.Text;
import org.juesuan.etl.template.Vocabulary;

/**
 * Reads one recognised sheet into a {@link ParsedTable}: header band, panels and columns
 * by text, rows by code or label, the unit and department lines above, and the
 * empty-table statement around the grid.
 */
final class TableParser {

	private final Vocabulary vocabulary;

	private final HeaderLocator headers;

	private final LayoutBuilder layouts;

	private final RowReader rows;

	private final FigureFactory figures;

	TableParser(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
		AmountParser amounts = new AmountParser(vocabulary.placeholders());
		this.headers = new HeaderLocator(vocabulary, amounts);
		this.layouts = new LayoutBuilder(vocabulary);
		this.figures = new FigureFactory(amounts);
		this.rows = new RowReader(vocabulary, headers, figures);
	}

	Optional<ParsedTable> parse(SheetGrid grid, Recognition recognition, String file, List<Finding> findings) {
		TableTemplate template = recognition.template();
		Optional<HeaderBand> located = headers.locate(grid, template, recognition.titleRow());
		if (located.isEmpty()) {
			findings.add(Finding.file("ingest.no-header", Severity.ERROR, template.canonical(),
					"工作表“" + grid.name() + "”被识别为" + template.title() + "，但找不到表头行（项目/科目编码/金额栏）",
					file + " › " + grid.name()));
			return Optional.empty();
		}
		HeaderBand band = located.get();
		SheetFacts facts = SheetFacts.read(grid, band.top(), vocabulary);
		if (facts.unknownUnit() != null) {
			findings.add(Finding.file("ingest.unit-unknown", Severity.ERROR, template.canonical(),
					"工作表“" + grid.name() + "”的金额单位“" + facts.unknownUnit() + "”无法识别（应为万元或元），该表未读取",
					file + " › " + grid.name()));
			return Optional.empty();
		}
		String unit = unit(grid, band, facts, file, template, findings);
		TableContext ctx = new TableContext(template, unit, file, grid.name());
		List<Panel> panels = layouts.build(grid, band, template);
		reportUnknownColumns(panels, ctx, band, findings);
		if (grid.truncated()) {
			findings.add(Finding.file(
					"ingest.sheet-truncated", Severity.WARNING, template.canonical(), "工作表“" + grid.name() + "”超过 "
							+ GridLoader.MAX_ROWS + " 行或 " + GridLoader.MAX_COLUMNS + " 列，超出部分未读取",
					file + " › " + grid.name()));
		}
		List<Figure> out = new ArrayList<>();
		int end = template.singleRow() ? readSingleRow(grid, band, panels, ctx, out, findings)
				: rows.read(grid, band, panels, ctx, out, findings);
		String statement = statement(grid, band, end, template);
		boolean empty = statement != null
				&& out.stream().allMatch(f -> f.amountYuan() == null || f.amountYuan().signum() == 0);
		return Optional.of(new ParsedTable(template.canonical(), template.number(), template.title(), file, grid.name(),
				unit, shape(template, out), empty, statement, facts.department(), facts.year(), out));
	}

	private String unit(SheetGrid grid, HeaderBand band, SheetFacts facts, String file, TableTemplate template,
			List<Finding> findings) {
		if (facts.unit() != null) {
			return facts.unit();
		}
		for (int r = band.top(); r <= band.bottom(); r++) {
			for (int c = 0; c < grid.width(); c++) {
				String unit = SheetFacts.unit(grid.cell(r, c).text(), vocabulary);
				if (unit != null) {
					return unit;
				}
			}
		}
		findings.add(Finding.file("ingest.unit-missing", Severity.WARNING, template.canonical(),
				"工作表“" + grid.name() + "”未注明金额单位，按" + vocabulary.defaultUnit() + "读取", file + " › " + grid.name()));
		return vocabulary.defaultUnit();
	}

	private int readSingleRow(SheetGrid grid, HeaderBand band, List<Panel> panels, TableContext ctx, List<Figure> out,
			List<Finding> findings) {
		int r = band.dataStart();
		if (r >= grid.height() || vocabulary.isFootnote(grid.firstText(r))) {
			return r;
		}
		for (Panel panel : panels) {
			for (AmountColumn column : panel.amounts()) {
				String row = column.row() != null ? column.row() : "未识别";
				figures.figure(grid, r, column, new RowKey(null, row, column.known()), ctx, findings)
					.ifPresent(out::add);
			}
		}
		return r + 1;
	}

	private static void reportUnknownColumns(List<Panel> panels, TableContext ctx, HeaderBand band,
			List<Finding> findings) {
		panels.forEach(p -> p.amounts()
			.stream()
			.filter(a -> !a.known())
			.forEach(a -> findings.add(Finding.read("ingest.unknown-column", Severity.INFO, "file",
					ctx.template().canonical(), null, a.name(), "栏目“" + a.header() + "”不在模板中，按原文栏名保存",
					ctx.location(SheetGrid.address(band.top(), a.index()))))));
	}

	private static String statement(SheetGrid grid, HeaderBand band, int end, TableTemplate template) {
		List<Integer> candidates = new ArrayList<>();
		for (int r = 0; r < band.top(); r++) {
			candidates.add(r);
		}
		for (int r = end; r < grid.height(); r++) {
			candidates.add(r);
		}
		for (int r : candidates) {
			String line = grid.rowLine(r);
			String normalized = Text.normalize(line);
			for (Pattern p : template.emptyStatements()) {
				if (p.matcher(normalized).find()) {
					return line;
				}
			}
		}
		return null;
	}

	private static RowShape shape(TableTemplate template, List<Figure> figures) {
		if (template.singleRow()) {
			return RowShape.SINGLE;
		}
		boolean functional = figures.stream().anyMatch(f -> f.rowCode() != null && f.rowCode().startsWith("2"));
		boolean economic = figures.stream().anyMatch(f -> f.rowCode() != null && f.rowCode().startsWith("3"));
		return functional && economic ? RowShape.MIXED
				: functional ? RowShape.FUNCTIONAL : economic ? RowShape.ECONOMIC : RowShape.LABELLED;
	}

}
