package org.juesuan.etl.generate.corpus;

import java.util.List;

import org.juesuan.etl.generate.FundSource;
import org.juesuan.etl.generate.Ledger;
import org.juesuan.etl.generate.SpendingKind;

/** National tables 2 收入决算表, 3 支出决算表, 5 一般公共预算财政拨款支出决算表, 8/9 fund tables. */
final class NationalFlowTables {

	private NationalFlowTables() {
	}

	static void t2(NationalSheet s, Ledger l) {
		List<Column> columns = List.of(Column.of("本年收入合计", c -> l.income(c, x -> true)),
				Column.of("财政拨款收入", c -> l.income(c, FundSource::fiscal)),
				Column.of("上级补助收入", c -> l.income(c, x -> x == FundSource.SUPERIOR)),
				Column.of("事业收入", c -> l.income(c, x -> x == FundSource.BUSINESS)),
				Column.of("经营收入", c -> l.income(c, x -> x == FundSource.OPERATING)),
				Column.of("附属单位上缴收入", c -> l.income(c, x -> x == FundSource.AFFILIATED)),
				Column.of("其他收入", c -> l.income(c, x -> x == FundSource.OTHER)));
		grid(s, l, 2, "收入决算表", columns, "注：本表反映部门本年度取得的各项收入情况。", null);
	}

	static void t3(NationalSheet s, Ledger l) {
		List<Column> columns = List.of(Column.of("本年支出合计", c -> l.spending(c, x -> true)), kind(l, SpendingKind.BASIC),
				kind(l, SpendingKind.PROJECT), kind(l, SpendingKind.TO_SUPERIOR), kind(l, SpendingKind.OPERATING),
				kind(l, SpendingKind.TO_AFFILIATES));
		grid(s, l, 3, "支出决算表", columns, "注：本表反映部门本年度各项支出情况。", null);
	}

	static void t5(NationalSheet s, Ledger l) {
		var general = Ledger.from(FundSource.GENERAL);
		List<Column> columns = List.of(Column.of("合计", c -> l.spending(c, general)),
				Column.of("基本支出", c -> l.spending(c, general.and(Ledger.of(SpendingKind.BASIC)))),
				Column.of("项目支出", c -> l.spending(c, general.and(Ledger.of(SpendingKind.PROJECT)))));
		grid(s, l, 5, "一般公共预算财政拨款支出决算表", columns, "注：本表反映部门本年度一般公共预算财政拨款支出情况。", null);
	}

	static void t8(NationalSheet s, Ledger l) {
		fund(s, l, 8, "政府性基金预算财政拨款收入支出决算表", FundSource.GOVERNMENT_FUND, "政府性基金预算财政拨款");
	}

	static void t9(NationalSheet s, Ledger l) {
		fund(s, l, 9, "国有资本经营预算财政拨款收入支出决算表", FundSource.STATE_CAPITAL, "国有资本经营预算财政拨款");
	}

	private static void fund(NationalSheet s, Ledger l, int number, String title, FundSource source, String label) {
		var from = Ledger.from(source);
		List<Column> columns = List.of(Column.of("年初结转和结余", c -> l.opening(c, x -> x == source)),
				Column.of("本年收入", c -> l.income(c, x -> x == source)),
				new Column("本年支出", "合计", c -> l.spending(c, from)),
				new Column("本年支出", "基本支出", c -> l.spending(c, from.and(Ledger.of(SpendingKind.BASIC)))),
				new Column("本年支出", "项目支出", c -> l.spending(c, from.and(Ledger.of(SpendingKind.PROJECT)))),
				Column.of("年末结转和结余", c -> l.closing(c, x -> x == source)));
		boolean empty = CodedGrid.items(l, columns).isEmpty();
		String statement = empty ? "说明：" + s.department() + "本年度没有" + label + "收入和支出，故本表无数据。" : null;
		grid(s, l, number, title, columns, "注：本表反映部门本年度" + label + "收入支出及结转和结余情况。", statement);
	}

	private static Column kind(Ledger l, SpendingKind kind) {
		return Column.of(kind.label(), c -> l.spending(c, Ledger.of(kind)));
	}

	private static void grid(NationalSheet s, Ledger l, int number, String title, List<Column> columns, String note,
			String statement) {
		int width = (s.layout().splitCodes() ? 4 : 2) + columns.size();
		int r = s.header(number, title, width);
		int next = new CodedGrid(s, columns).write(r, CodedGrid.items(l, columns));
		if (statement != null) {
			s.text(next++, 0, statement);
		}
		s.text(next, 0, note);
	}

}
