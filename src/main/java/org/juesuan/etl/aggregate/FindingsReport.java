package org.juesuan.etl.aggregate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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

import com.opencsv.CSVWriter;

/**
 * A findings report being written: {@code <stem>.csv} and {@code <stem>.xlsx} receive
 * each row as it is {@link #add added} (the workbook keeps a window of rows in memory,
 * the rest on disk), so a report of any length holds no list of its rows.
 * {@link #close()} finishes both files.
 */
public final class FindingsReport implements Closeable {

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

	private final CSVWriter csv;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

	private final Path xlsx;

	private final Sheet sheet;

	private final CellStyle money;

	private int rows;

	FindingsReport(Path folder, String stem) throws IOException {
		this.xlsx = folder.resolve(stem + ".xlsx");
		OutputStream out = Files.newOutputStream(folder.resolve(stem + ".csv"));
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		this.csv = new CSVWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
		this.sheet = workbook.createSheet("findings");
		this.money = workbook.createCellStyle();
		this.money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
		this.csv.writeNext(COLUMNS.stream().map(Column::title).toArray(String[]::new));
		Row header = sheet.createRow(0);
		for (int c = 0; c < COLUMNS.size(); c++) {
			header.createCell(c).setCellValue(COLUMNS.get(c).title());
		}
	}

	/** Appends a finding to both files. */
	public void add(FindingRow finding) {
		csv.writeNext(COLUMNS.stream().map(c -> text(c.value().apply(finding))).toArray(String[]::new));
		Row row = sheet.createRow(++rows);
		for (int c = 0; c < COLUMNS.size(); c++) {
			set(row.createCell(c), COLUMNS.get(c).value().apply(finding));
		}
	}

	/** The findings added so far. */
	public int size() {
		return rows;
	}

	@Override
	public void close() throws IOException {
		try (SXSSFWorkbook wb = workbook; CSVWriter text = csv) {
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, COLUMNS.size() - 1));
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				wb.write(out);
			}
			text.flush();
			if (text.checkError()) {
				throw new IOException("could not write the findings CSV beside " + xlsx);
			}
		}
	}

	private void set(Cell cell, Object value) {
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
