package org.juesuan.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Workbooks too large, or with a sheet of too many rows, are refused before POI loads
 * them.
 */
class WorkbookGuardTests {

	@TempDir
	Path dir;

	@Test
	void aSheetOverTheRowCapIsRefusedAndOneWithinItIsNot() throws Exception {
		Path book = rows(dir.resolve("big.xlsx"), 2_000);

		assertThatThrownBy(() -> guard(null, 1_000).check(book)).isInstanceOf(RefusedFileException.class)
			.hasMessageContaining("xl/worksheets/sheet1.xml")
			.hasMessageContaining("1000 行");
		assertThatCode(() -> guard(null, 2_000).check(book)).doesNotThrowAnyException();
	}

	@Test
	void anUnderstatedDimensionDoesNotHideTheRows() throws Exception {
		Path book = rows(dir.resolve("lying.xlsx"), 2_000);
		try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + book.toUri()), Map.of())) {
			Path sheet = zip.getPath("xl/worksheets/sheet1.xml");
			String xml = Files.readString(sheet).replaceFirst("<dimension ref=\"[^\"]*\"", "<dimension ref=\"A1\"");
			Files.writeString(sheet, xml);
		}

		assertThatThrownBy(() -> guard(null, 1_000).check(book)).isInstanceOf(RefusedFileException.class);
	}

	@Test
	void aWorkbookOverTheSizeCapIsRefusedUnopened() throws Exception {
		Path book = Files.write(dir.resolve("huge.xls"), new byte[4096]);

		assertThatThrownBy(() -> guard(DataSize.ofKilobytes(1), 10).check(book))
			.isInstanceOf(RefusedFileException.class)
			.hasMessageContaining("4096 字节");
	}

	@Test
	void thePackageIsRejectedWithTheReason() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("2024").resolve(PackageFixture.DEPT));
		rows(folder.resolve("表.xlsx"), 50);

		ParsedPackage pkg = new PackageReader(Templates.ALL, new IngestProperties(null, null, 20, null))
			.read(PackageDiscovery.discover(dir, null, null).get(0));

		assertThat(pkg.rejected()).isTrue();
		assertThat(pkg.rejection()).contains("表.xlsx").contains("20 行");
	}

	@Test
	void theStreamingReadRefusesWhatTheGuardRefusesWithTheSameMessage() throws Exception {
		Path book = sheets(dir.resolve("sheets.xlsx"), 10, 2_000, 3_000);
		Path hiddenOnly = sheets(dir.resolve("hidden.xlsx"), 10, 10, 3_000);
		WorkbookGuard guard = guard(null, 1_000);

		for (Path file : List.of(book, hiddenOnly)) {
			Throwable byGuard = catchThrowable(() -> guard.check(file));
			assertThatThrownBy(() -> new WorkbookReader(guard).read(file, "f", new ArrayList<>()))
				.isInstanceOf(RefusedFileException.class)
				.hasMessage(byGuard.getMessage());
		}
		assertThatCode(() -> new WorkbookReader(guard(null, 3_000)).read(book, "f", new ArrayList<>()))
			.doesNotThrowAnyException();
	}

	private static WorkbookGuard guard(DataSize size, int rows) {
		return new WorkbookGuard(new IngestProperties(null, size, rows, null));
	}

	/** Sheets with these many rows; the last one hidden. */
	private static Path sheets(Path file, int... counts) throws Exception {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			for (int s = 0; s < counts.length; s++) {
				var sheet = wb.createSheet("S" + s);
				for (int r = 0; r < counts[s]; r++) {
					sheet.createRow(r).createCell(0).setCellValue(r);
				}
			}
			wb.setSheetHidden(counts.length - 1, true);
			wb.write(out);
		}
		return file;
	}

	private static Path rows(Path file, int count) throws Exception {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			var sheet = wb.createSheet("S");
			for (int r = 0; r < count; r++) {
				sheet.createRow(r).createCell(0).setCellValue(r);
			}
			wb.write(out);
		}
		return file;
	}

}
