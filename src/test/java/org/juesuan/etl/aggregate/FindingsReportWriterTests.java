package org.juesuan.etl.aggregate;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.store.FindingRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text from the input cannot become a formula in the findings reports; numbers stay
 * numbers.
 */
class FindingsReportWriterTests {

	@TempDir
	Path dir;

	@Test
	void textThatLooksLikeAFormulaIsNeutralised() throws Exception {
		FindingRow row = new FindingRow("=HYPERLINK(\"http://x\",\"点我\")", 2024, Severity.ERROR,
				"ingest.unreadable-cell", "cell", "3", "+201", "-栏", "@SUM(A1)", new BigDecimal("-5.00"), null, null,
				"\tx.xlsx", "\r说明", "普通文字", "abcdef0123456789");

		try (FindingsReport report = new FindingsReportWriter().open(dir, "findings")) {
			report.add(row);
		}

		String csv = Files.readString(dir.resolve("findings.csv"), StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"", "\"'+201\"", "\"'-栏\"",
				"\"'@SUM(A1)\"", "\"'\tx.xlsx\"", "\"'\r说明\"", "\"普通文字\"", "\"-5.00\"");
		try (InputStream in = Files.newInputStream(dir.resolve("findings.xlsx"));
				Workbook wb = WorkbookFactory.create(in)) {
			Row written = wb.getSheetAt(0).getRow(1);
			assertThat(written.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\",\"点我\")");
			assertThat(written.getCell(6).getStringCellValue()).isEqualTo("'+201");
			assertThat(written.getCell(8).getStringCellValue()).isEqualTo("'@SUM(A1)");
			assertThat(written.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(written.getCell(9).getNumericCellValue()).isEqualTo(-5.0);
			assertThat(written.getCell(14).getStringCellValue()).isEqualTo("普通文字");
			for (var cell : written) {
				assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
			}
		}
	}

}
