package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A third template set added from a folder alone, no Java change:
 * {@code config/templates/toy-2025/} with two tables of its own numbering and titles,
 * mapped onto canonical T3 and T13. A package of it is detected, loaded, named by the
 * set's titles in {@code v_figure}, audited by the shared rules that apply, and missing
 * nothing of the other sets.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false", "juesuan.output=target/test-output",
		"spring.datasource.url=jdbc:h2:mem:template-sets;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class TemplateSetFunctionalTests extends ImportFunctionalTest {

	/**
	 * The working folder, its toy set written before the application (and its template
	 * sets) starts.
	 */
	static final Path WORK = toySetFolder();

	static final String DEPARTMENT = "玩具市测试局";

	@DynamicPropertySource
	static void templates(DynamicPropertyRegistry registry) {
		registry.add("juesuan.templates.dir", () -> WORK.resolve("templates").toString());
	}

	@Test
	void aSetAddedAsAFolderLoadsItsPackages() throws Exception {
		Path input = WORK.resolve("input");
		writePackage(input.resolve("2024").resolve(DEPARTMENT));

		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.OK);

		assertThat(jdbc.queryForObject("SELECT template_set FROM package_load", String.class)).isEqualTo("toy-2025");
		List<Map<String, Object>> figures = jdbc.queryForList(
				"SELECT table_no, set_table_no, table_name, amount_yuan FROM v_figure WHERE row_label = '合计' AND column_name = '本年支出合计'");
		assertThat(figures).singleElement().satisfies(f -> {
			assertThat(f.get("TABLE_NO")).isEqualTo(3);
			assertThat(f.get("SET_TABLE_NO")).isEqualTo(1);
			assertThat(f.get("TABLE_NAME")).isEqualTo("部门支出情况表");
			assertThat(f.get("AMOUNT_YUAN").toString()).isEqualTo("1500000.00");
		});
		assertThat(
				jdbc.queryForList("SELECT message FROM v_finding WHERE severity IN ('ERROR', 'WARNING')", String.class))
			.containsExactly("缺少第 2 张附表（三公经费情况表）");
		assertThat(jdbc.queryForMap("SELECT part, figures_found, figures_claimed FROM v_narrative_report"))
			.containsEntry("PART", "第二部分")
			.containsEntry("FIGURES_FOUND", 5)
			.containsEntry("FIGURES_CLAIMED", 5);
		assertThat(jdbc.queryForList("SELECT status FROM v_claim WHERE subject = '基本支出' AND claim_type = 'amount'",
				String.class))
			.containsOnly("MATCH");
	}

	/**
	 * The set: its vocabulary copied from Sichuan's, one table of canonical T3 and one
	 * optional-less T13, own titles.
	 */
	private static void writeToySet(Path dir) throws IOException {
		Files.createDirectories(dir);
		Path sichuan = Path.of("config/templates/sichuan-2024");
		Files.writeString(dir.resolve("_set.yml"),
				Files.readString(sichuan.resolve("_set.yml"))
					.replace("name: sichuan-2024", "name: toy-2025")
					.replace("四川省部门决算公开 13 张附表（2024 年度起）", "玩具模板 2 张表"));
		Files.copy(sichuan.resolve("functional-classes.yml"), dir.resolve("functional-classes.yml"));
		Files.writeString(dir.resolve("t01.yml"), """
				number: 1
				canonical: 3
				title: 部门支出情况表
				labels: [玩具1表]
				signature: [本年支出合计, 基本支出, 项目支出]
				columns:
				  - {name: 本年支出合计, header: [本年支出合计, 合计]}
				  - {name: 基本支出, header: [基本支出]}
				  - {name: 项目支出, header: [项目支出]}
				""");
		Files.writeString(dir.resolve("t02.yml"), """
				number: 2
				canonical: 13
				title: 三公经费情况表
				labels: [玩具2表]
				signature: [因公出国(境)费, 公务接待费]
				single-row: true
				columns:
				  - {row: 合计, name: 决算数, header: [合计/决算数]}
				""");
	}

	/**
	 * One workbook holding the set's first table only, and a narrative whose 情况说明 is its
	 * 第二部分.
	 */
	private static void writePackage(Path folder) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("编制说明.txt"), """
				第一部分 概况
				玩具市测试局负责测试。
				第二部分 2024年度部门决算情况说明
				一、支出决算情况说明
				本年支出合计150.00万元，其中：基本支出100.00万元，占66.67%；项目支出50.00万元，占33.33%。
				第三部分 名词解释
				一、基本支出：指为保障机构正常运转而发生的支出。
				""");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(folder.resolve("表.xlsx"))) {
			Sheet sheet = wb.createSheet("Sheet1");
			row(sheet, 0, "部门支出情况表");
			row(sheet, 1, "单位：" + DEPARTMENT, "", "", "金额单位：万元");
			row(sheet, 2, "科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出");
			row(sheet, 3, "", "合计", 150.0, 100.0, 50.0);
			row(sheet, 4, "201", "一般公共服务支出", 150.0, 100.0, 50.0);
			row(sheet, 5, "20103", "政府办公厅（室）及相关机构事务", 150.0, 100.0, 50.0);
			row(sheet, 6, "2010301", "行政运行", 150.0, 100.0, 50.0);
			wb.write(out);
		}
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Double d) {
				row.createCell(i).setCellValue(d);
			}
			else {
				row.createCell(i).setCellValue(values[i].toString());
			}
		}
	}

	private static Path toySetFolder() {
		try {
			Path work = Files.createTempDirectory("juesuan-sets");
			writeToySet(work.resolve("templates/toy-2025"));
			return work;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
