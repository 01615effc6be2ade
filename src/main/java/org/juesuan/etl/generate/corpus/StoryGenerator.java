package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.juesuan.etl.generate.DepartmentData;
import org.juesuan.etl.generate.FundSource;
import org.juesuan.etl.generate.Ledger;
import org.juesuan.etl.generate.ThreePublic;

/**
 * Invents the narrative-only facts of a department: 年初预算 per 项 (a third equal to the
 * actual, a third above, a third below; a big bureau's last project 项 has none: 年中追加),
 * prior-year totals and counts.
 */
final class StoryGenerator {

	private final Amounts amounts;

	StoryGenerator(Amounts amounts) {
		this.amounts = amounts;
	}

	Story build(DepartmentData data, NarrativeStyle style) {
		Ledger ledger = new Ledger(data);
		BigDecimal grand = ledger.income("", s -> true).add(ledger.opening("", s -> true));
		BigDecimal fiscal = ledger.income("", FundSource::fiscal).add(ledger.opening("", FundSource::fiscal));
		BigDecimal general = ledger.spending("", Ledger.from(FundSource.GENERAL));
		BigDecimal office = OfficeRunning.of(ledger);
		BigDecimal priorGrand = amounts.around(grand, 0.8, 1.1);
		return new Story(budgets(ledger, style), priorGrand, priorGrand.subtract(grand.subtract(fiscal)),
				amounts.around(general, 0.85, 1.12), prior(data.threePublicActual()),
				style.flatOffice() ? office : amounts.around(office, 0.8, 1.2), counts(data));
	}

	private Map<String, BigDecimal> budgets(Ledger ledger, NarrativeStyle style) {
		Map<String, BigDecimal> budgets = new LinkedHashMap<>();
		int i = 0;
		for (String code : ledger.functionCodes()) {
			for (FundSource source : new FundSource[] { FundSource.GENERAL, FundSource.GOVERNMENT_FUND }) {
				BigDecimal actual = ledger.spending(code, Ledger.from(source));
				if (actual.signum() > 0) {
					budgets.put(code, budget(actual, i++));
				}
			}
		}
		if (style.supplementaryItem() != null) {
			budgets.put(style.supplementaryItem(), BigDecimal.ZERO.setScale(2));
		}
		return budgets;
	}

	private BigDecimal budget(BigDecimal actual, int i) {
		return switch (i % 3) {
			case 0 -> actual;
			case 1 -> amounts.budget(actual, 1.04, 1.25);
			default -> amounts.budget(actual, 0.8, 0.96);
		};
	}

	private ThreePublic prior(ThreePublic actual) {
		return new ThreePublic(amounts.around(actual.abroad(), 0.7, 1.3), BigDecimal.ZERO.setScale(2),
				amounts.around(actual.carRunning(), 0.85, 1.2), amounts.around(actual.reception(), 0.7, 1.3));
	}

	private Story.Counts counts(DepartmentData data) {
		boolean abroad = data.threePublicActual().abroad().signum() > 0;
		return new Story.Counts(abroad ? amounts.between(1, 3) : 0, abroad ? amounts.between(2, 9) : 0,
				amounts.between(1, 12), amounts.between(3, 40), amounts.between(20, 400), amounts.between(3, 25),
				amounts.budget(new BigDecimal("1000000"), 0.5, 30), amounts.between(86, 97));
	}

}
