package org.juesuan.etl.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One department-year of {@code v_department_summary} with its finding counts by
 * severity.
 */
record DepartmentLine(String department, int year, List<BigDecimal> amounts, int errors, int warnings, int infos) {

	/**
	 * The amount columns of {@code v_department_summary}, in its order, with the titles
	 * the reports give them.
	 */
	static final List<String> AMOUNT_COLUMNS = List.of("income_total_yuan", "expenditure_total_yuan",
			"grand_total_yuan", "basic_yuan", "project_yuan", "personnel_yuan", "public_funds_yuan",
			"three_public_yuan", "opening_balance_yuan", "closing_balance_yuan");

	static final List<String> AMOUNT_TITLES = List.of("本年收入合计(元)", "本年支出合计(元)", "总计(元)", "基本支出(元)", "项目支出(元)",
			"人员经费(元)", "公用经费(元)", "三公经费(元)", "年初结转和结余(元)", "年末结转和结余(元)");

	DepartmentLine {
		amounts = java.util.Collections.unmodifiableList(new ArrayList<>(amounts));
	}

	BigDecimal amount(String column) {
		return amounts.get(AMOUNT_COLUMNS.indexOf(column));
	}

	/** The columns of {@code departments-<year>.xlsx/csv}. */
	static List<String> headers() {
		List<String> headers = new ArrayList<>(List.of("部门", "年度"));
		headers.addAll(AMOUNT_TITLES);
		headers.addAll(List.of("错误", "警告", "提示"));
		return headers;
	}

	/** This department's row of {@code departments-<year>.xlsx/csv}. */
	List<Object> row() {
		List<Object> row = new ArrayList<>(List.of(department, year));
		row.addAll(amounts);
		row.addAll(List.of(errors, warnings, infos));
		return row;
	}

}
