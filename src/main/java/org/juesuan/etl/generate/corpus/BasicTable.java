package org.juesuan.etl.generate.corpus;

import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.generate.EconomicClassification;
import org.juesuan.etl.generate.Ledger;

/**
 * National table 6 一般公共预算财政拨款基本支出决算表: two panels 经济分类科目编码|科目名称|决算数, the left holding 301
 * and 303, the right 302 and 310 (every template row printed), 人员经费合计 and 公用经费合计 on the
 * bottom row.
 */
final class BasicTable {

	private BasicTable() {
	}

	static void render(NationalSheet s, Ledger l) {
		int r = s.header(6, "一般公共预算财政拨款基本支出决算表", 6);
		for (int panel = 0; panel < 2; panel++) {
			s.text(r, panel * 3, "经济分类科目编码").text(r, panel * 3 + 1, "科目名称").text(r, panel * 3 + 2, "决算数");
		}
		List<String> left = rows(BasicItems.PERSONNEL);
		List<String> right = rows(BasicItems.PUBLIC);
		for (int i = 0; i < left.size(); i++) {
			row(s, l, r + 1 + i, 0, left.get(i));
		}
		for (int i = 0; i < right.size(); i++) {
			row(s, l, r + 1 + i, 3, right.get(i));
		}
		int bottom = r + 1 + Math.max(left.size(), right.size());
		s.head(bottom, bottom, 0, 1, "人员经费合计").amount(bottom, 2, BasicItems.total(l, BasicItems.PERSONNEL));
		s.head(bottom, bottom, 3, 4, "公用经费合计").amount(bottom, 5, BasicItems.total(l, BasicItems.PUBLIC));
		s.text(bottom + 1, 0, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");
	}

	private static List<String> rows(List<String> classes) {
		List<String> rows = new ArrayList<>();
		for (String cls : classes) {
			rows.add(cls);
			rows.addAll(EconomicClassification.templateItems(cls));
		}
		return rows;
	}

	private static void row(NationalSheet s, Ledger l, int row, int col, String code) {
		s.text(row, col, code).text(row, col + 1, EconomicClassification.name(code));
		s.amount(row, col + 2, l.spendingByEconomic(code, BasicItems.basicGeneral()));
	}

}
