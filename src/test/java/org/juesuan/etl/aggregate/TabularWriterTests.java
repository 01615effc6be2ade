package org.juesuan.etl.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularWriterTests {

	private static final List<String> HEADERS = List.of("部门", "金额(元)");

	private static final List<List<Object>> ROWS = List.of(
			List.of("=HYPERLINK(\"http://evil\",\"点击\")", new BigDecimal("-12.50")), Arrays.asList("@cmd", null),
			List.of("教育局", new BigDecimal("1234567.89")));

	/** The rows to {@code csv} and/or {@code xlsx}, whole. */
	private static void write(Path csv, Path xlsx) throws Exception {
		try (TabularWriter.Rows rows = TabularWriter.Rows.open(csv, xlsx, "departments", HEADERS)) {
			ROWS.forEach(rows::add);
			rows.complete();
		}
	}

	@Test
	void theCsvStartsWithABomAndNeutralisesFormulas(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("t.csv");

		write(file, null);

		byte[] bytes = Files.readAllBytes(file);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text.lines()).containsExactly("\"部门\",\"金额(元)\"",
				"\"'=HYPERLINK(\"\"http://evil\"\",\"\"点击\"\")\",\"-12.50\"", "\"'@cmd\",\"\"",
				"\"教育局\",\"1234567.89\"");
	}

	@Test
	void theXlsxKeepsFormulasAsTextAmountsAsNumbersAndHasAFrozenFilteredHeader(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("t.xlsx");

		write(null, file);

		try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			XSSFSheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("'=HYPERLINK");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'@cmd");
			assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1234567.89);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B4");
		}
	}

	@Test
	void rowsWhoseSourceFailedLeaveNoFileLookingWhole(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("t.csv");
		Path xlsx = dir.resolve("t.xlsx");

		assertThatThrownBy(() -> {
			try (TabularWriter.Rows rows = TabularWriter.Rows.open(csv, xlsx, "departments", HEADERS)) {
				rows.add(ROWS.get(2));
				throw new IllegalStateException("the query failed half-way");
			}
		}).hasMessageContaining("half-way");

		assertThat(csv).doesNotExist();
		assertThat(xlsx).doesNotExist();
	}

}
