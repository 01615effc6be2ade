package org.juesuan.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.etl.ingest.PackageFixture.table;
import static org.juesuan.etl.ingest.PackageFixture.yuan;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cells written by programs other than Excel: formulas saved without their result are
 * computed (or reported with their cell when they cannot be), and a value that is no
 * finite number is reported while the rest of the table loads.
 */
class CellHygieneTests {

	@TempDir
	Path root;

	@Test
	void aFormulaWithoutItsResultIsComputedNotReadAsZero() throws Exception {
		ParsedPackage pkg = read(xml -> dropCachedValues(xml));

		assertThat(yuan(table(pkg, 3), "201", "本年支出合计")).isEqualByComparingTo(new BigDecimal("30000"));
	}

	@Test
	void aFormulaThatCannotBeComputedIsReportedWithItsCell() throws Exception {
		ParsedPackage pkg = read(xml -> dropCachedValues(xml).replace("<f>D5+E5</f>", "<f>[1]Sheet1!A1</f>"));

		assertThat(pkg.findings()).filteredOn(f -> f.ruleId().equals("ingest.unreadable-cell"))
			.anySatisfy(f -> assertThat(f.message() + f.location()).contains("C5").contains("[1]Sheet1!A1"));
		assertThat(yuan(table(pkg, 3), "201", "基本支出")).isEqualByComparingTo(new BigDecimal("10000"));
	}

	@Test
	void notANumberIsReportedAndTheRestLoads() throws Exception {
		ParsedPackage pkg = read(xml -> xml.replaceFirst("(<c r=\"D5\"[^>]*>)<v>[^<]*</v>", "$1<v>NaN</v>")
			.replaceFirst("(<c r=\"E5\"[^>]*>)<v>[^<]*</v>", "$1<v>INF</v>"));

		assertThat(pkg.rejected()).isFalse();
		assertThat(pkg.findings()).filteredOn(f -> f.ruleId().equals("ingest.unreadable-cell"))
			.anySatisfy(f -> assertThat(f.message() + f.location()).contains("D5").contains("NaN"))
			.anySatisfy(f -> assertThat(f.message() + f.location()).contains("E5"));
		assertThat(yuan(table(pkg, 3), "合计", "本年支出合计")).isEqualByComparingTo(new BigDecimal("30000"));
	}

	private ParsedPackage read(UnaryOperator<String> edit) throws Exception {
		Path folder = Files.createDirectories(root.resolve("2024").resolve(PackageFixture.DEPT));
		Path book = SheetFixture.write(folder.resolve("t3.xlsx"),
				SheetFixture.sheet("Sheet1")
					.row("支出决算表")
					.row("部门：攀枝花市东区测试局", null, "金额单位：万元")
					.row("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出")
					.row("合计", null, 3, 1, 2)
					.row("201", "一般公共服务支出", new SheetFixture.Formula("D5+E5"), 1, 2));
		try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + book.toUri()), Map.of())) {
			Path sheet = zip.getPath("xl/worksheets/sheet1.xml");
			Files.writeString(sheet, edit.apply(Files.readString(sheet)));
		}
		return new PackageReader(Templates.ALL).read(PackageDiscovery.discover(root, 2024, PackageFixture.DEPT).get(0));
	}

	private static String dropCachedValues(String xml) {
		return xml.replaceAll("(<f>[^<]*</f>)<v>[^<]*</v>", "$1");
	}

}
