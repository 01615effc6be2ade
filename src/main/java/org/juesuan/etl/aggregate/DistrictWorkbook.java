package org.juesuan.etl.aggregate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.etl.template.TableTemplate;
import org.juesuan.etl.template.TemplateSet;

/**
 * {@code district-<year>.xlsx}: the consolidated tables in the standard layout of a
 * template set, one sheet per table of the set with its label, title, 编制单位 and
 * {@code 金额单位：万元}, multi-level headers, 合计 rows, codes and names — so the file is a
 * package the project's own ingest reads back.
 */
final class DistrictWorkbook {

	static final String EMPTY = "注：本表无数据。";

	private DistrictWorkbook() {
	}

	static void write(Path file, TemplateSet set, String unit, List<ConsolidatedFigure> figures) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Map<Integer, List<ConsolidatedFigure>> byTable = figures.stream()
			.collect(Collectors.groupingBy(ConsolidatedFigure::tableNo));
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			for (TableTemplate table : set.tables()) {
				ConsolidatedTable data = new ConsolidatedTable(byTable.getOrDefault(table.canonical(), List.of()));
				Sheet sheet = wb.createSheet(table.labels().isEmpty() ? "表" + table.number() : table.labels().get(0));
				sheet(new SheetWriter(wb, sheet), table, unit, data);
			}
			wb.write(out);
		}
	}

	private static void sheet(SheetWriter sheet, TableTemplate table, String unit, ConsolidatedTable data) {
		TableLayout layout = TableLayout.of(table, data);
		int width = layout.width();
		sheet.title(0, table.title(), width);
		sheet.text(1, width - 1, table.labels().isEmpty() ? null : table.labels().get(0));
		sheet.text(2, 0, "编制单位：" + unit);
		sheet.text(2, width - 1, "金额单位：万元");
		int below = layout.write(sheet, 3, data);
		if (data.allZero()) {
			// as a department would: an empty table says so (the empty-statement check of
			// T10–T12); as a 注 line the
			// reader ends the grid there and takes the line as the table's statement, not
			// as a row
			sheet.text(below, 0, EMPTY);
		}
	}

}
