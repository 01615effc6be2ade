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
 * Writes a flat table (column titles, rows of text, numbers and {@code BigDecimal} yuan)
 * as CSV (UTF-8 with BOM, so Excel opens it in Chinese) and as XLSX (header frozen and
 * filterable, amounts as numbers), row by row ({@link Rows}); every text cell goes
 * through {@link CellText#safe}.
 */
final class TabularWriter {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private TabularWriter() {
	}

	/**
	 * A table written row by row as it is read, to a CSV file, an XLSX file or both: it
	 * holds the workbook's window of rows, never the table. Call {@link #complete} after
	 * the last row: closed without it (the rows' source failed), the files are deleted
	 * rather than left looking whole with part of the table.
	 */
	static final class Rows implements AutoCloseable {

		private final List<String> headers;

		private final OutputStream csvOut;

		private final CSVWriter csv;

		private final Path csvFile;

		private final Path xlsxFile;

		private final SXSSFWorkbook workbook;

		private final Sheet sheet;

		private final CellStyle money;

		private int written;

		private boolean complete;

		private Rows(Path csvFile, Path xlsxFile, String name, List<String> headers) throws IOException {
			this.headers = List.copyOf(headers);
			this.csvFile = csvFile;
			this.xlsxFile = xlsxFile;
			if (csvFile != null) {
				Files.createDirectories(csvFile.toAbsolutePath().getParent());
				csvOut = Files.newOutputStream(csvFile);
				csv = new CSVWriter(new OutputStreamWriter(csvOut, StandardCharsets.UTF_8));
			}
			else {
				csvOut = null;
				csv = null;
			}
			SXSSFWorkbook wb = null;
			try {
				if (csvOut != null) {
					csvOut.write(BOM);
					csv.writeNext(this.headers.stream().map(CellText::safe).toArray(String[]::new));
				}
				if (xlsxFile != null) {
					Files.createDirectories(xlsxFile.toAbsolutePath().getParent());
					wb = new SXSSFWorkbook(200);
					sheet = wb.createSheet(name);
					money = wb.createCellStyle();
					money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
					row(sheet.createRow(0), this.headers, money);
				}
				else {
					sheet = null;
					money = null;
				}
			}
			catch (IOException | RuntimeException e) {
				try (OutputStream raw = csvOut; CSVWriter text = csv; SXSSFWorkbook opened = wb) {
					// closed; the files are deleted below
				}
				catch (IOException | RuntimeException suppressed) {
					e.addSuppressed(suppressed);
				}
				deleteFiles();
				throw e;
			}
			workbook = wb;
		}

		/** Rows to {@code csvFile} and/or {@code xlsxFile} (null: not written). */
		static Rows open(Path csvFile, Path xlsxFile, String name, List<String> headers) throws IOException {
			return new Rows(csvFile, xlsxFile, name, headers);
		}

		void add(List<?> values) {
			if (values.size() != headers.size()) {
				throw new IllegalArgumentException(
						"a row of " + values.size() + " values for " + headers.size() + " columns");
			}
			written++;
			if (csv != null) {
				csv.writeNext(values.stream().map(TabularWriter::text).toArray(String[]::new));
			}
			if (sheet != null) {
				row(sheet.createRow(written), values, money);
			}
		}

		/** The last row is written: the files are to be kept. */
		void complete() {
			complete = true;
		}

		@Override
		public void close() throws IOException {
			try (OutputStream raw = csvOut; CSVWriter text = csv; SXSSFWorkbook wb = workbook) {
				if (wb != null && complete) {
					sheet.createFreezePane(0, 1);
					sheet.setAutoFilter(new CellRangeAddress(0, Math.max(written, 1), 0, headers.size() - 1));
					try (OutputStream out = Files.newOutputStream(xlsxFile)) {
						wb.write(out);
					}
				}
			}
			finally {
				if (!complete) {
					deleteFiles();
				}
			}
		}

		private void deleteFiles() throws IOException {
			if (csvFile != null) {
				Files.deleteIfExists(csvFile);
			}
			if (xlsxFile != null) {
				Files.deleteIfExists(xlsxFile);
			}
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
