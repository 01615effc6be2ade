package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

import org.juesuan.etl.generate.ChineseNumerals;
import org.juesuan.etl.generate.FunctionalClassification;
import org.juesuan.etl.generate.FundSource;
import org.juesuan.etl.generate.Ledger;

/** Tables 1 收入支出决算总表 and 4 财政拨款收入支出决算总表: two panels, income left, expenditure right. */
final class SummaryTables {

	private static final List<String> INCOME = List.of("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "上级补助收入",
			"事业收入", "经营收入", "附属单位上缴收入", "其他收入");

	private static final List<FundSource> FISCAL = List.of(FundSource.GENERAL, FundSource.GOVERNMENT_FUND,
			FundSource.STATE_CAPITAL);

	private SummaryTables() {
	}

	static void t1(NationalSheet s, Ledger l) {
		int r = s.header(1, "收入支出决算总表", 4);
		s.head(r, r, 0, 1, "收入").head(r, r, 2, 3, "支出");
		s.text(r + 1, 0, "项目").text(r + 1, 1, "决算数").text(r + 1, 2, "项目").text(r + 1, 3, "决算数");
		r += 2;
		for (int i = 0; i < INCOME.size(); i++) {
			s.text(r + i, 0, ChineseNumerals.prefix(i + 1) + INCOME.get(i));
			FundSource source = FundSource.values()[i];
			s.amount(r + i, 1, l.income("", x -> x == source));
		}
		r = classes(s, l, r, 2, List.of(x -> true));
		Predicate<FundSource> all = x -> true;
		bottom(s, r, "本年收入合计", l.income("", all), "本年支出合计", l.spending("", x -> true));
		bottom(s, r + 1, "使用非财政拨款结余", BigDecimal.ZERO, "结余分配", BigDecimal.ZERO);
		bottom(s, r + 2, "年初结转和结余", l.opening("", all), "年末结转和结余", l.closing("", all));
		BigDecimal total = l.income("", all).add(l.opening("", all));
		bottom(s, r + 3, "总计", total, "总计", total);
		s.text(r + 4, 0, "注：本表反映部门本年度的总收支和年末结转结余情况。");
	}

	static void t4(NationalSheet s, Ledger l) {
		int r = s.header(4, "财政拨款收入支出决算总表", 7);
		s.head(r, r, 0, 1, "收入").head(r, r, 2, 6, "支出");
		String[] heads = { "项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款" };
		for (int c = 0; c < heads.length; c++) {
			s.text(r + 1, c, heads[c]);
		}
		r += 2;
		for (int i = 0; i < FISCAL.size(); i++) {
			FundSource source = FISCAL.get(i);
			s.text(r + i, 0, ChineseNumerals.prefix(i + 1) + source.label())
				.amount(r + i, 1, l.income("", x -> x == source));
		}
		List<Predicate<FundSource>> columns = List.of(FundSource::fiscal, x -> x == FundSource.GENERAL,
				x -> x == FundSource.GOVERNMENT_FUND, x -> x == FundSource.STATE_CAPITAL);
		r = classes(s, l, r, 2, columns);
		s.text(r, 0, "本年收入合计").amount(r, 1, l.income("", FundSource::fiscal));
		s.text(r, 2, "本年支出合计");
		s.text(r + 1, 0, "年初财政拨款结转和结余").amount(r + 1, 1, l.opening("", FundSource::fiscal));
		s.text(r + 1, 2, "年末财政拨款结转和结余");
		s.text(r + 5, 0, "总计")
			.amount(r + 5, 1, l.income("", FundSource::fiscal).add(l.opening("", FundSource::fiscal)));
		s.text(r + 5, 2, "总计");
		for (int c = 0; c < columns.size(); c++) {
			Predicate<FundSource> p = columns.get(c);
			s.amount(r, 3 + c, l.spending("", x -> p.test(x.source())));
			s.amount(r + 1, 3 + c, l.closing("", p));
			s.amount(r + 5, 3 + c, l.spending("", x -> p.test(x.source())).add(l.closing("", p)));
		}
		for (int i = 0; i < FISCAL.size(); i++) {
			FundSource source = FISCAL.get(i);
			s.text(r + 2 + i, 0, ChineseNumerals.prefix(i + 1) + source.label())
				.amount(r + 2 + i, 1, l.opening("", x -> x == source));
		}
		s.text(r + 6, 0, "注：本表反映部门本年度财政拨款总收支和结转结余情况。");
	}

	/**
	 * The 24 national 类 on the right panel from column {@code col}; returns the row after
	 * them.
	 */
	private static int classes(NationalSheet s, Ledger l, int r, int col, List<Predicate<FundSource>> columns) {
		List<String> classes = FunctionalClassification.NATIONAL_CLASSES;
		for (int i = 0; i < classes.size(); i++) {
			String code = classes.get(i);
			s.text(r + i, col, ChineseNumerals.prefix(i + 1) + FunctionalClassification.name(code));
			for (int c = 0; c < columns.size(); c++) {
				Predicate<FundSource> p = columns.get(c);
				s.amount(r + i, col + 1 + c, l.spending(code, x -> p.test(x.source())));
			}
		}
		return r + classes.size();
	}

	private static void bottom(NationalSheet s, int r, String left, BigDecimal leftYuan, String right,
			BigDecimal rightYuan) {
		s.text(r, 0, left).amount(r, 1, leftYuan);
		s.text(r, 2, right).amount(r, 3, rightYuan);
	}

}
