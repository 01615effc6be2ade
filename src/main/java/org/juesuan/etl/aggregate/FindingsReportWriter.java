package org.juesuan.etl.aggregate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.juesuan.etl.store.FindingRow;
import org.springframework.stereotype.Component;

import com.opencsv.CSVWriter;

/**
 * Writes a run's findings as {@code findings.csv} (UTF-8 with BOM, so Excel opens it in
 * Chinese) and {@code findings.xlsx} (one row per finding, ERRORs first, header frozen
 * and filterable). Text that a spreadsheet would take for a formula (it begins with = +
 * - @, a tab or a carriage return) is written with a leading apostrophe, since messages
 * and quotes carry text from the input.
 */
@Component
public class FindingsReportWriter {

	private static final List<Column> COLUMNS = List.of(new Column("部门", FindingRow::department),
			new Column("年度", FindingRow::year), new Column("级别", FindingRow::severity),
			new Column("规则", FindingRow::ruleId), new Column("类型", FindingRow::kind),
			new Column("涉及表", FindingRow::tables), new Column("行", FindingRow::rowRef),
			new Column("栏", FindingRow::columnName), new Column("说明", FindingRow::message),
			new Column("应为(元)", FindingRow::expectedYuan), new Column("实为(元)", FindingRow::actualYuan),
			new Column("差额(元)", FindingRow::differenceYuan), new Column("单元格", FindingRow::location),
			new Column("编制说明原文", FindingRow::narrativeQuote), new Column("出错说明", FindingRow::explanation),
			new Column("指纹", FindingRow::fingerprint));

	private record Column(String title, Function<FindingRow, Object> value) {
	}

	public void write(Path folder, List<FindingRow> rows) throws IOException {
		write(folder, "findings", rows);
	}

	/** Writes {@code <stem>.csv} and {@code <stem>.xlsx} into {@code folder}. */
	public void write(Path folder, String stem, List<FindingRow> rows) throws IOException {
		Files.createDirectories(folder);
		csv(folder.resolve(stem + ".csv"), rows);
		xlsx(folder.resolve(stem + ".xlsx"), rows);
	}

	private static void csv(Path file, List<FindingRow> rows) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVWriter csv = new CSVWriter(writer);
			csv.writeNext(COLUMNS.stream().map(Column::title).toArray(String[]::new));
			rows.forEach(
					r -> csv.writeNext(COLUMNS.stream().map(c -> text(c.value().apply(r))).toArray(String[]::new)));
			csv.flush();
		}
	}

	private static void xlsx(Path file, List<FindingRow> rows) throws IOException {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = wb.createSheet("findings");
			CellStyle money = wb.createCellStyle();
			money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
			Row header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(COLUMNS.get(c).title());
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < COLUMNS.size(); c++) {
					set(row.createCell(c), COLUMNS.get(c).value().apply(rows.get(r)), money);
				}
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, COLUMNS.size() - 1));
			wb.write(out);
		}
	}

	private static void set(Cell cell, Object value, CellStyle money) {
		if (value instanceof BigDecimal d) {
			cell.setCellValue(d.doubleValue());
			cell.setCellStyle(money);
		}
		else if (value instanceof Integer i) {
			cell.setCellValue(i);
		}
		else if (value != null) {
			cell.setCellValue(CellText.safe(value.toString()));
		}
	}

	private static String text(Object value) {
		return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : CellText.safe(value.toString());
	}

}
