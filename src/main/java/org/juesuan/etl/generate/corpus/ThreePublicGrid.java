package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.generate.DepartmentData;
import org.juesuan.etl.generate.ThreePublic;

/**
 * National table 7 财政拨款“三公”经费支出决算表: one data row of 预算数/决算数 pairs under a three-level
 * header.
 */
final class ThreePublicGrid {

	private ThreePublicGrid() {
	}

	static void render(NationalSheet s, DepartmentData data) {
		int r = s.header(7, "财政拨款“三公”经费支出决算表", 12);
		s.head(r, r, 0, 11, "财政拨款“三公”经费");
		s.head(r + 1, r + 2, 0, 1, "合计")
			.head(r + 1, r + 2, 2, 3, "因公出国（境）费")
			.head(r + 1, r + 1, 4, 9, "公务用车购置及运行维护费")
			.head(r + 1, r + 2, 10, 11, "公务接待费");
		s.head(r + 2, r + 2, 4, 5, "小计").head(r + 2, r + 2, 6, 7, "公务用车购置费").head(r + 2, r + 2, 8, 9, "公务用车运行维护费");
		ThreePublic budget = data.threePublicBudget();
		ThreePublic actual = data.threePublicActual();
		List<BigDecimal> budgets = List.of(budget.total(), budget.abroad(), budget.car(), budget.carPurchase(),
				budget.carRunning(), budget.reception());
		List<BigDecimal> actuals = List.of(actual.total(), actual.abroad(), actual.car(), actual.carPurchase(),
				actual.carRunning(), actual.reception());
		for (int i = 0; i < 6; i++) {
			s.text(r + 3, 2 * i, "预算数").text(r + 3, 2 * i + 1, "决算数");
			s.amount(r + 4, 2 * i, budgets.get(i)).amount(r + 4, 2 * i + 1, actuals.get(i));
		}
		s.text(r + 5, 0, "注：本表反映部门本年度“三公”经费支出预决算情况。");
	}

}
