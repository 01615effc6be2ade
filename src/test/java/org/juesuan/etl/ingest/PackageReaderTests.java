package org.juesuan.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.LoadedFile;
import org.juesuan.etl.model.PackageRef;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.model.ParsedTable;
import org.juesuan.etl.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package as a whole: several files, extra sheets, missing and duplicate tables,
 * identity lines, bad files.
 */
class PackageReaderTests {

	@TempDir
	Path root;

	private final PackageReader reader = new PackageReader(Templates.ALL);

	@Test
	void readsTablesSpreadOverFilesInAnyOrderAndIgnoresCoverAndContents() throws Exception {
		Path folder = Files.createDirectories(root.resolve("2024").resolve(PackageFixture.DEPT));
		SheetFixture.write(folder.resolve("a.xlsx"), SheetFixture.sheet("封面").row("攀枝花市东区测试局").row("2024年度部门决算公开"),
				SheetFixture.sheet("目录").row("目录").row("一、收入支出决算总表").row("二、收入决算表").row("三、支出决算表"), t6("Sheet3"));
		SheetFixture.write(folder.resolve("b.xls"), t3("Sheet1"));
		Files.writeString(folder.resolve("编制说明.txt"), "2024年度部门决算公开编制说明");

		ParsedPackage pkg = reader.read(PackageDiscovery.discover(root, null, null).get(0));

		assertThat(pkg.rejected()).isFalse();
		assertThat(pkg.tables()).extracting(ParsedTable::tableNo).containsExactly(3, 6);
		assertThat(pkg.files()).extracting(LoadedFile::name)
			.containsExactly("2024/" + PackageFixture.DEPT + "/a.xlsx", "2024/" + PackageFixture.DEPT + "/b.xls",
					"2024/" + PackageFixture.DEPT + "/编制说明.txt");
		assertThat(pkg.files()).allSatisfy(f -> assertThat(f.sha256()).hasSize(64));
		assertThat(pkg.findings()).filteredOn(f -> f.ruleId().equals("ingest.sheet-ignored")).hasSize(2);
		// T3 and T6 alone are as much a national package as a Sichuan one: the smaller
		// set wins, 7 of its 9 missing
		assertThat(pkg.setName()).isEqualTo("national-2024");
		assertThat(pkg.findings()).filteredOn(f -> f.ruleId().equals("ingest.missing-table")).hasSize(7);
	}

	@Test
	void aSecondCopyOfATableIsReportedAndIgnored() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "x.xlsx", t3("A"), t3("B"));
		assertThat(pkg.tables()).hasSize(1);
		assertThat(pkg.tables().get(0).sheet()).isEqualTo("A");
		assertThat(pkg.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("ingest.duplicate-table"));
	}

	@Test
	void aTitleNamingAnotherDepartmentOrYearIsAFindingNotACrash() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "x.xlsx",
				SheetFixture.sheet("T3")
					.row("2023年度支出决算表")
					.row("部门：攀枝花市东区别的局", null, "金额单位：万元")
					.row("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出")
					.row("201", "一般公共服务支出", 1, 1, 0));
		assertThat(pkg.rejected()).isFalse();
		assertThat(pkg.findings()).extracting(Finding::ruleId)
			.contains("ingest.department-mismatch", "ingest.year-mismatch");
	}

	@Test
	void aWorkbookThatCannotBeOpenedRejectsThePackageNamingTheFile() throws Exception {
		Path folder = Files.createDirectories(root.resolve("2024").resolve(PackageFixture.DEPT));
		SheetFixture.write(folder.resolve("a.xlsx"), t3("T3"));
		Files.writeString(folder.resolve("b.xlsx"), "this is not a workbook");

		ParsedPackage pkg = reader.read(PackageDiscovery.discover(root, 2024, null).get(0));

		assertThat(pkg.rejected()).isTrue();
		assertThat(pkg.rejection()).contains("无法打开工作簿").contains("b.xlsx");
	}

	@Test
	void aParserFaultIsAnInternalErrorNamingFileAndSheetNotAWorkbookThatCannotBeOpened() throws Exception {
		Path folder = Files.createDirectories(root.resolve("2024").resolve(PackageFixture.DEPT));
		SheetFixture.write(folder.resolve("a.xlsx"), t6("Sheet6"));
		SheetFixture.write(folder.resolve("b.xlsx"), t3("支出表"));
		PackageReader faulty = FaultyReaders.failingOn(Templates.ALL, IngestProperties.DEFAULT, "b.xlsx");

		assertThatThrownBy(() -> faulty.read(PackageDiscovery.discover(root, 2024, null).get(0)))
			.isInstanceOfSatisfying(PackageReadException.class, e -> {
				assertThat(e.where()).isEqualTo("2024/" + PackageFixture.DEPT + "/b.xlsx › 支出表");
				assertThat(e.getCause()).hasMessage(FaultyReaders.FAULT);
				assertThat(e.getMessage()).doesNotContain("无法打开工作簿");
			});
	}

	@Test
	void theNarrativeIsChosenAtIngestIgnoringLockHiddenAndOtherFiles() throws Exception {
		Path folder = Files.createDirectories(root.resolve("2024").resolve(PackageFixture.DEPT));
		SheetFixture.write(folder.resolve("a.xlsx"), t3("T3"));
		Files.write(folder.resolve("~$部门决算编制说明.docx"), new byte[] { 0x0c, 'o', 'w', 'n', 'e', 'r', 0, 0 });
		Files.writeString(folder.resolve(".编制说明.txt"), "收入总计 999 万元");
		Files.writeString(folder.resolve("附件.txt"), "附件");
		Files.writeString(folder.resolve("部门决算编制说明.txt"), "2024年度部门决算公开编制说明");

		ParsedPackage pkg = reader.read(PackageDiscovery.discover(root, 2024, null).get(0));

		assertThat(pkg.files()).filteredOn(LoadedFile::narrative).singleElement().satisfies(f -> {
			assertThat(f.name()).isEqualTo("2024/" + PackageFixture.DEPT + "/部门决算编制说明.txt");
			assertThat(f.sha256()).isEqualTo(FileHashes.sha256("2024年度部门决算公开编制说明".getBytes(StandardCharsets.UTF_8)));
		});
		assertThat(pkg.files()).extracting(LoadedFile::name).noneMatch(n -> n.contains("~$") || n.contains("/."));
	}

	@Test
	void aFolderWithoutTablesIsRejected() throws Exception {
		Path folder = Files.createDirectories(root.resolve("2024").resolve(PackageFixture.DEPT));
		Files.writeString(folder.resolve("readme.txt"), "nothing here");
		ParsedPackage pkg = reader.read(PackageDiscovery.discover(root, 2024, null).get(0));
		assertThat(pkg.rejected()).isTrue();
		assertThat(pkg.rejection()).contains("未");
	}

	@Test
	void discoveryFiltersByYearAndDepartment() throws Exception {
		Files.createDirectories(root.resolve("2023").resolve("甲"));
		Files.createDirectories(root.resolve("2024").resolve("甲"));
		Files.createDirectories(root.resolve("2024").resolve("乙"));
		Files.createDirectories(root.resolve("notes"));
		assertThat(PackageDiscovery.discover(root, null, null)).extracting(PackageRef::toString)
			.containsExactly("2023/甲", "2024/乙", "2024/甲");
		assertThat(PackageDiscovery.discover(root, 2024, "甲")).extracting(PackageRef::toString)
			.containsExactly("2024/甲");
	}

	static SheetFixture t3(String name) {
		return SheetFixture.sheet(name)
			.row("支出决算表")
			.row("部门：攀枝花市东区测试局", null, "金额单位：万元")
			.row("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出")
			.row("合计", null, 3, 1, 2)
			.row("201", "一般公共服务支出", 3, 1, 2);
	}

	static SheetFixture t6(String name) {
		return SheetFixture.sheet(name)
			.row("公开06表")
			.row("一般公共预算财政拨款支出决算表")
			.row("金额单位：万元")
			.row("科目编码", "科目名称", "合计", "基本支出", "项目支出")
			.row("201", "一般公共服务支出", 3, 1, 2);
	}

}
