package org.juesuan.etl.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.juesuan.etl.aggregate.Consolidator;
import org.juesuan.etl.model.Figure;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.LoadedFile;
import org.juesuan.etl.model.PackageRef;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.model.ParsedTable;
import org.juesuan.etl.model.RowShape;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.template.SetChoice;
import org.juesuan.etl.template.TemplateLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Atomic replacement per department-year, idempotent re-import, rejected packages, the
 * analysts' views.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:store-it;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class PackageStoreIntegrationTests {

	@Autowired
	PackageStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Consolidator consolidator;

	@BeforeEach
	void clean() {
		EmptyStore.empty(jdbc);
	}

	@Test
	void reimportingTheSamePackageLeavesTheSameRows() {
		store.save(pkg("甲", "100.00"), "run1");
		List<Map<String, Object>> first = figures();
		store.save(pkg("甲", "100.00"), "run2");

		assertThat(figures()).isEqualTo(first);
		assertThat(count("figure")).isEqualTo(2);
		assertThat(count("table_instance")).isEqualTo(1);
		assertThat(count("finding")).isEqualTo(1);
		assertThat(count("classification")).isEqualTo(1);
	}

	@Test
	void aChangedPackageReplacesOnlyItsDepartment() {
		store.save(pkg("甲", "100.00"), "run1");
		store.save(pkg("乙", "7.00"), "run1");
		store.save(pkg("甲", "200.00"), "run2");

		assertThat(jdbc.queryForObject("SELECT amount_yuan FROM v_figure WHERE department = '甲' AND row_code = '201'",
				BigDecimal.class))
			.isEqualByComparingTo("200.00");
		assertThat(jdbc.queryForObject("SELECT amount_yuan FROM v_figure WHERE department = '乙' AND row_code = '201'",
				BigDecimal.class))
			.isEqualByComparingTo("7.00");
		assertThat(count("figure")).isEqualTo(4);
	}

	@Test
	void aRejectedPackageKeepsWhatWasLoadedAndSaysWhy() {
		store.save(pkg("甲", "100.00"), "run1");
		PackageRef ref = pkg("甲", "1").ref();
		store.save(new ParsedPackage(ref, null, List.of(), List.of(), List.of(), "无法打开工作簿 x.xlsx"), "run2");

		assertThat(count("figure")).isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT message FROM v_finding WHERE rule_id = 'ingest.package-rejected'",
				String.class))
			.contains("x.xlsx");
		store.save(pkg("甲", "100.00"), "run3");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE rule_id = 'ingest.package-rejected'",
				Integer.class))
			.isZero();
	}

	@Test
	void theAnalystViewsCarryTheContractColumns() {
		store.save(pkg("甲", "100.00"), "run1");
		Map<String, Object> figure = jdbc.queryForMap("SELECT * FROM v_figure WHERE row_label = '合计'");
		assertThat(figure.keySet()).map(String::toLowerCase)
			.containsExactlyInAnyOrder("department", "year", "table_no", "table_name", "row_code", "row_label",
					"column_name", "amount_yuan", "published_unit", "source_file", "sheet", "cell", "template_set",
					"set_table_no");
		assertThat(figure.get("TABLE_NAME")).isEqualTo("支出决算表");
		assertThat(figure.get("TEMPLATE_SET")).isEqualTo("sichuan-2024");
		Map<String, Object> summary = jdbc.queryForMap("SELECT * FROM v_department_summary");
		assertThat(summary.keySet()).map(String::toLowerCase)
			.contains("income_total_yuan", "basic_yuan", "three_public_yuan", "error_count", "warning_count",
					"loaded_at");
		assertThat((BigDecimal) summary.get("BASIC_YUAN")).isEqualByComparingTo("100.00");
		assertThat(jdbc.queryForMap("SELECT * FROM v_finding").keySet()).map(String::toLowerCase)
			.contains("fingerprint", "rule_id", "severity", "kind", "tables", "row_ref", "location", "narrative_quote",
					"explanation");
		consolidator.refresh(); // the district consolidation is stored, refreshed by each
								// run's consolidateStep
		assertThat(jdbc.queryForObject("SELECT department_count FROM v_district_figure WHERE row_code = '201'",
				Integer.class))
			.isEqualTo(1);
	}

	private static ParsedPackage pkg(String dept, String amount) {
		PackageRef ref = new PackageRef(2024, dept, Path.of("input"), Path.of("input/2024/" + dept), List.of());
		List<Figure> figures = List.of(
				new Figure(3, 5, null, "合计", "基本支出", new BigDecimal(amount), new BigDecimal(amount), 2, "元", "f.xlsx",
						"T3", "D5"),
				new Figure(3, 6, "201", "一般公共服务支出", "基本支出", new BigDecimal(amount), new BigDecimal(amount), 2, "元",
						"f.xlsx", "T3", "D6"));
		ParsedTable table = new ParsedTable(3, 3, "支出决算表", "f.xlsx", "T3", "元", RowShape.FUNCTIONAL, false, null, dept,
				2024, figures);
		Finding finding = Finding.read("ingest.missing-table", Severity.WARNING, "completeness", 1, null, null,
				"缺少第 1 张附表", "2024/" + dept);
		return new ParsedPackage(ref,
				new SetChoice(TemplateLoader.load("sichuan-2024", "config/templates"), 1, 1.0, "test", List.of()),
				List.of(new LoadedFile("f.xlsx", "0".repeat(64), 10)), List.of(table), List.of(finding), null);
	}

	private List<Map<String, Object>> figures() {
		return jdbc.queryForList(
				"SELECT department, year, table_no, row_code, row_label, column_name, amount_yuan, cell FROM v_figure ORDER BY cell");
	}

	private int count(String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

}
