package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * A department's headline totals at yuan level (before rounding), as
 * {@code v_department_summary} reports them.
 *
 * @param income 本年收入合计
 * @param spending 本年支出合计
 * @param basic 基本支出
 * @param project 项目支出
 * @param personnel 人员经费 (T8)
 * @param publicFunds 公用经费 (T8)
 * @param threePublic 三公 决算数 合计
 * @param opening 年初结转和结余
 * @param closing 年末结转和结余
 */
public record KeyTotals(BigDecimal income, BigDecimal spending, BigDecimal basic, BigDecimal project,
		BigDecimal personnel, BigDecimal publicFunds, BigDecimal threePublic, BigDecimal opening, BigDecimal closing) {

	/** Computes the totals of a department. */
	public static KeyTotals of(DepartmentData data) {
		Ledger ledger = new Ledger(data);
		Predicate<Spending> basicGeneral = Ledger.from(FundSource.GENERAL).and(Ledger.of(SpendingKind.BASIC));
		BigDecimal personnel = List.of("301", "303")
			.stream()
			.map(c -> ledger.spendingByEconomic(c, basicGeneral))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new KeyTotals(ledger.income("", s -> true), ledger.spending("", s -> true),
				ledger.spending("", Ledger.of(SpendingKind.BASIC)),
				ledger.spending("", Ledger.of(SpendingKind.PROJECT)), personnel,
				ledger.spending("", basicGeneral).subtract(personnel), data.threePublicActual().total(),
				ledger.opening("", s -> true), ledger.closing("", s -> true));
	}
}
