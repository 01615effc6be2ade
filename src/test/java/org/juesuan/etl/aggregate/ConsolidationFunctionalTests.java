package org.juesuan.etl.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.juesuan.etl.generate.SampleDepartments;
import org.juesuan.etl.pipeline.ImportFunctionalTest;
import org.juesuan.etl.pipeline.ImportLauncher;
import org.juesuan.etl.pipeline.ImportParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The stored consolidation after an import of the sample input (three Sichuan
 * departments, one national): the district equals the sum of its departments figure by
 * figure, groups hold only their members, the error column counts contributing
 * departments with ERRORs, and a code spelt two ways is one row.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:consolidation-functional;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE",
		"juesuan.groups[教育系统][0]=攀枝花市东区教育和体育局", "juesuan.groups[建设][0]=攀枝花市东区住房和城乡建设局",
		"juesuan.groups[建设][1]=上海市黄浦区绿化和市容管理局" })
class ConsolidationFunctionalTests extends ImportFunctionalTest {

	@Autowired
	Consolidator consolidator;

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("juesuan.output", () -> output.toString());
	}

	@BeforeEach
	void importSample() throws Exception {
		assertThat(launcher.run(ImportParameters.of(Path.of("input"), null, null))).isEqualTo(ImportLauncher.OK);
	}

	@Test
	void theDistrictsT1TotalIsTheSumOfTheDepartments() {
		BigDecimal departments = jdbc.queryForObject(
				"SELECT SUM(amount_yuan) FROM v_figure WHERE year = 2024 AND table_no = 1 AND row_label = '支出总计'",
				BigDecimal.class);

		Map<String, Object> district = jdbc.queryForMap(
				"SELECT amount_yuan, department_count FROM v_district_figure WHERE year = 2024 AND table_no = 1 AND row_label = '支出总计'");

		assertThat((BigDecimal) district.get("amount_yuan")).isEqualByComparingTo(departments).isPositive();
		assertThat(((Number) district.get("department_count")).intValue()).isEqualTo(4);
	}

	@Test
	void everyConsolidatedFigureIsTheSumOfItsDepartmentsByCodeOrLabel() {
		List<Map<String, Object>> differences = jdbc.queryForList(
				"""
						SELECT c.table_no, c.row_code, c.row_label, c.column_name FROM v_district_figure c
						WHERE c.year = 2024 AND COALESCE(c.amount_yuan, 0) <> COALESCE((SELECT SUM(f.amount_yuan) FROM v_figure f
						  WHERE f.year = c.year AND f.table_no = c.table_no AND f.column_name = c.column_name
						  AND COALESCE(f.row_code, f.row_label) = COALESCE(c.row_code, c.row_label)), 0)""");

		assertThat(differences).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM v_district_figure")).isEqualTo(
				count("""
						SELECT COUNT(*) FROM (SELECT DISTINCT table_no, COALESCE(row_code, row_label) k, column_name FROM v_figure) x"""));
	}

	@Test
	void aGroupHoldsOnlyItsMembers() {
		BigDecimal education = jdbc.queryForObject(
				"SELECT amount_yuan FROM v_figure WHERE department = ? AND table_no = 1 AND row_label = '支出总计'",
				BigDecimal.class, SampleDepartments.educationBureau().department());

		assertThat(amount("教育系统", 1, "支出总计")).isEqualByComparingTo(education);
		assertThat(count("SELECT MAX(department_count) FROM v_consolidated_figure WHERE group_name = '建设'"))
			.isEqualTo(2);
		assertThat(count("SELECT COUNT(DISTINCT group_name) FROM v_consolidated_figure")).isEqualTo(3);
	}

	@Test
	void theErrorColumnCountsContributingDepartmentsWithErrors() {
		String eGov = SampleDepartments.eGovCentre().department();
		assertThat(count("SELECT COUNT(*) FROM v_finding WHERE severity = 'ERROR' AND department = ?", eGov))
			.isPositive();
		assertThat(count("SELECT COUNT(DISTINCT department) FROM v_finding WHERE severity = 'ERROR'")).isEqualTo(1);

		assertThat(count(
				"SELECT error_department_count FROM v_consolidated_figure WHERE group_name = '全区' AND table_no = 1 AND row_label = '支出总计'"))
			.isEqualTo(1);
		assertThat(count("SELECT MAX(error_department_count) FROM v_consolidated_figure WHERE group_name = '教育系统'"))
			.isZero();
	}

	@Test
	void oneCodeSpeltTwoWaysIsOneRow() {
		jdbc.update(
				"UPDATE figure SET row_label = '社会保障和就业' WHERE table_no = 3 AND row_code = '208' AND department_id = "
						+ "(SELECT id FROM department WHERE name = ?)",
				SampleDepartments.educationBureau().department());

		consolidator.refresh();

		assertThat(count(
				"SELECT COUNT(*) FROM v_district_figure WHERE table_no = 3 AND row_code = '208' AND column_name = '本年支出合计'"))
			.isEqualTo(1);
		assertThat(count(
				"SELECT department_count FROM v_district_figure WHERE table_no = 3 AND row_code = '208' AND column_name = '本年支出合计'"))
			.isEqualTo(4);
	}

	private BigDecimal amount(String group, int table, String label) {
		return jdbc.queryForObject(
				"SELECT amount_yuan FROM v_consolidated_figure WHERE group_name = ? AND table_no = ? AND row_label = ? AND row_code IS NULL",
				BigDecimal.class, group, table, label);
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

}
