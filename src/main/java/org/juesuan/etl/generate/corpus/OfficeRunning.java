package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;

import org.juesuan.etl.generate.FunctionalClassification;
import org.juesuan.etl.generate.FundSource;
import org.juesuan.etl.generate.Ledger;
import org.juesuan.etl.generate.SpendingKind;

/**
 * 机关运行经费 as the generated narratives state it: the general-fund basic 302 and 310
 * spending of the 行政运行 项 (named 行政运行). A department without such a 项 has none.
 */
final class OfficeRunning {

	private OfficeRunning() {
	}

	static BigDecimal of(Ledger ledger) {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (String code : ledger.functionCodes()) {
			if (FunctionalClassification.name(code).equals("行政运行")) {
				var basic = Ledger.from(FundSource.GENERAL)
					.and(Ledger.of(SpendingKind.BASIC))
					.and(s -> s.function().equals(code));
				total = total.add(ledger.spendingByEconomic("302", basic)).add(ledger.spendingByEconomic("310", basic));
			}
		}
		return total;
	}

}
