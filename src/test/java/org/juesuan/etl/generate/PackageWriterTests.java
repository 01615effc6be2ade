package org.juesuan.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three sample layouts are written as described, and every file reads back as
 * expected.
 */
class PackageWriterTests {

	@TempDir
	Path dir;

	@Test
	void eGovCentreIsOneWorkbookWithCoverContentsAndShuffledSheets() throws Exception {
		RenderedPackage rendered = PackageWriter.write(SampleDepartments.eGovCentre(), dir);
		assertThat(rendered.files()).extracting(RenderedPackage.RenderedFile::fileName)
			.containsExactly("攀枝花市东区电子政务建设服务中心2024年度部门决算公开表.xlsx");
		List<String> expected = new ArrayList<>(List.of("封面", "目录"));
		EGovCentre.SHEET_ORDER.forEach(n -> expected.add(AppendixTable.of(n).gongkaiLabel()));
		assertThat(sheetNames(dir.resolve(rendered.files().get(0).fileName()))).containsExactlyElementsOf(expected);
		assertReadsBack(rendered, PublishedUnit.WAN_YUAN);
	}

	@Test
	void educationBureauIsThirteenXlsFilesInYuan() throws Exception {
		RenderedPackage rendered = PackageWriter.write(SampleDepartments.educationBureau(), dir);
		assertThat(rendered.files()).hasSize(13)
			.first()
			.extracting(RenderedPackage.RenderedFile::fileName)
			.isEqualTo("公开01表 收入支出决算总表.xls");
		for (RenderedPackage.RenderedFile file : rendered.files()) {
			assertThat(sheetNames(dir.resolve(file.fileName()))).containsExactly("Sheet1");
		}
		assertThat(rendered.emptyStatements()).containsOnlyKeys(10, 11, 12);
		assertReadsBack(rendered, PublishedUnit.YUAN);
	}

	@Test
	void housingBureauIsTwoWorkbooksWithTitleSheetsAndTitleStatements() throws Exception {
		RenderedPackage rendered = PackageWriter.write(SampleDepartments.housingBureau(), dir);
		assertThat(rendered.files()).extracting(RenderedPackage.RenderedFile::fileName)
			.containsExactly("攀枝花市东区住房和城乡建设局2024年度部门决算公开表（公开01-06表）.xlsx",
					"攀枝花市东区住房和城乡建设局2024年度部门决算公开表（公开07-13表）.xlsx");
		assertThat(sheetNames(dir.resolve(rendered.fileOf(10)))).contains("政府性基金预算财政拨款收入支出决算表");
		assertThat(rendered.emptyStatements()).containsOnlyKeys(11, 12).containsValue(TableSheet.TITLE_STATEMENT);
		assertThat(rendered.figures(10)).filteredOn(f -> f.rowLabel().equals("合计"))
			.allSatisfy(f -> assertThat(f.amountYuan()).isNotNull());
		assertReadsBack(rendered, PublishedUnit.WAN_YUAN);
	}

	@Test
	void writingTwiceGivesTheSameBytes(@TempDir Path other) throws Exception {
		RenderedPackage first = PackageWriter.write(SampleDepartments.housingBureau(), dir);
		PackageWriter.write(SampleDepartments.housingBureau(), other);
		for (RenderedPackage.RenderedFile file : first.files()) {
			assertThat(Files.readAllBytes(other.resolve(file.fileName())))
				.isEqualTo(Files.readAllBytes(dir.resolve(file.fileName())));
		}
	}

	@Test
	void aLayoutMustHoldEveryTableOnce() {
		List<List<Integer>> missing = List.of(IntStream.rangeClosed(1, 12).boxed().toList());
		assertThatThrownBy(() -> PackageLayout.split(LayoutOptions.DEFAULT, missing))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private void assertReadsBack(RenderedPackage rendered, PublishedUnit unit) throws Exception {
		for (RenderedPackage.RenderedFile file : rendered.files()) {
			try (Workbook workbook = WorkbookFactory.create(dir.resolve(file.fileName()).toFile(), null, true)) {
				for (RenderedTable table : file.tables()) {
					assertThat(SheetReadback.problems(workbook, table, unit)).isEmpty();
				}
			}
		}
	}

	private static List<String> sheetNames(Path file) throws Exception {
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			List<String> names = new ArrayList<>();
			for (Sheet sheet : workbook) {
				names.add(sheet.getSheetName());
			}
			return names;
		}
	}

}
