package org.juesuan.etl.aggregate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.opencsv.CSVWriter;

/**
 * Writes a {@link Tabular} as CSV (UTF-8 with BOM, so Excel opens it in Chinese) and as
 * XLSX (header frozen and filterable, amounts as numbers); every text cell goes through
 * {@link CellText#safe}.
 */
final class TabularWriter {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private TabularWriter() {
	}

	static void csv(Path file, Tabular table) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(file);
				CSVWriter csv = new CSVWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
			out.write(BOM);
			csv.writeNext(table.headers().stream().map(CellText::safe).toArray(String[]::new));
			table.rows().forEach(r -> csv.writeNext(r.stream().map(TabularWriter::text).toArray(String[]::new)));
		}
	}

	static void xlsx(Path file, Tabular table) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = wb.createSheet(table.name());
			CellStyle money = wb.createCellStyle();
			money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
			row(sheet.createRow(0), List.copyOf(table.headers()), money);
			for (int r = 0; r < table.rows().size(); r++) {
				row(sheet.createRow(r + 1), table.rows().get(r), money);
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(
					new CellRangeAddress(0, Math.max(table.rows().size(), 1), 0, table.headers().size() - 1));
			wb.write(out);
		}
	}

	private static void row(Row row, List<?> values, CellStyle money) {
		for (int c = 0; c < values.size(); c++) {
			set(row.createCell(c), values.get(c), money);
		}
	}

	static void set(Cell cell, Object value, CellStyle money) {
		if (value instanceof BigDecimal d) {
			cell.setCellValue(d.doubleValue());
			cell.setCellStyle(money);
		}
		else if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else if (value != null) {
			cell.setCellValue(CellText.safe(value.toString()));
		}
	}

	static String text(Object value) {
		return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : CellText.safe(value.toString());
	}

}
