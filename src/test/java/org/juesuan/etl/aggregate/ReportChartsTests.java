package org.juesuan.etl.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The basic / project chart draws a district's departments one bar each, and a province's
 * largest departments with one bar for the rest, so its image does not grow with the
 * number of departments.
 */
class ReportChartsTests {

	@Test
	void aDistrictGetsOneBarPerDepartmentInItsOrder() {
		List<DepartmentLine> lines = lines(3);

		Map<String, ? extends Number> basic = ReportCharts.basicProject(lines).get("基本支出");

		assertThat(basic.keySet()).containsExactly("部门0", "部门1", "部门2");
		assertThat(basic.get("部门2").doubleValue()).isEqualTo(3.0);
	}

	@Test
	void manyDepartmentsGetTheLargestAndOneBarForTheRest() {
		List<DepartmentLine> lines = lines(1000);

		Map<String, Map<String, ? extends Number>> series = ReportCharts.basicProject(lines);

		Map<String, ? extends Number> basic = series.get("基本支出");
		assertThat(basic).hasSize(ReportCharts.MAX_BARS);
		assertThat(basic.keySet()).startsWith("部门999", "部门998");
		String rest = "其余 " + (1000 - ReportCharts.MAX_BARS + 1) + " 个部门";
		assertThat(basic.keySet()).last().isEqualTo(rest);
		// nothing lost: the bars add up to the departments' total (万元, 1..1000)
		double total = basic.values().stream().mapToDouble(Number::doubleValue).sum();
		assertThat(total).isEqualTo(1000 * 1001 / 2.0);
		assertThat(series.get("项目支出").get(rest).doubleValue()).isEqualTo(2 * (1000 - ReportCharts.MAX_BARS + 1));
	}

	@Test
	void departmentsThatSpendAlikeAreDrawnInTheirOrder() {
		List<DepartmentLine> lines = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			List<BigDecimal> amounts = new ArrayList<>(Collections.nCopies(DepartmentLine.AMOUNT_COLUMNS.size(), null));
			amounts.set(DepartmentLine.AMOUNT_COLUMNS.indexOf("basic_yuan"), BigDecimal.valueOf(10_000));
			lines.add(new DepartmentLine("部门" + i, 2024, amounts, 0, 0, 0));
		}

		Map<String, ? extends Number> basic = ReportCharts.basicProject(lines).get("基本支出");

		assertThat(basic.keySet()).startsWith("部门0", "部门1", "部门2").contains("部门148").doesNotContain("部门149");
		assertThat(basic.get("其余 51 个部门").doubleValue()).isEqualTo(51.0);
	}

	/** Department i spends (i + 1) 万元 basic and 2 万元 project, listed in random order. */
	private static List<DepartmentLine> lines(int count) {
		List<DepartmentLine> lines = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<BigDecimal> amounts = new ArrayList<>(Collections.nCopies(DepartmentLine.AMOUNT_COLUMNS.size(), null));
			amounts.set(DepartmentLine.AMOUNT_COLUMNS.indexOf("basic_yuan"), BigDecimal.valueOf((i + 1) * 10_000L));
			amounts.set(DepartmentLine.AMOUNT_COLUMNS.indexOf("project_yuan"), BigDecimal.valueOf(20_000));
			lines.add(new DepartmentLine("部门" + i, 2024, amounts, 0, 0, 0));
		}
		if (count > ReportCharts.MAX_BARS) {
			Collections.shuffle(lines, new java.util.Random(7));
		}
		return lines;
	}

}
