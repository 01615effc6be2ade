package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.juesuan.etl.generate.EconomicClassification;
import org.juesuan.etl.generate.FundSource;
import org.juesuan.etl.generate.Ledger;
import org.juesuan.etl.generate.Spending;
import org.juesuan.etl.generate.SpendingKind;

/**
 * The 基本支出 economic items of the T6 (national) / T8 (Sichuan) table: 人员经费 = 301 + 303,
 * 公用经费 = 302 + 310.
 */
final class BasicItems {

	static final List<String> PERSONNEL = List.of("301", "303");
	static final List<String> PUBLIC = List.of("302", "310");

	private BasicItems() {
	}

	static java.util.function.Predicate<Spending> basicGeneral() {
		return Ledger.from(FundSource.GENERAL).and(Ledger.of(SpendingKind.BASIC));
	}

	/** Total of the classes in 元. */
	static BigDecimal total(Ledger l, List<String> classes) {
		return classes.stream()
			.map(c -> l.spendingByEconomic(c, basicGeneral()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Template items of the classes, in table order, whose published figure is not zero.
	 */
	static List<String> nonZero(Ledger l, List<String> classes) {
		return items(classes).filter(c -> Figures.wan(l.spendingByEconomic(c, basicGeneral())).signum() != 0).toList();
	}

	/** Template items of the classes whose figure is zero. */
	static List<String> zero(Ledger l, List<String> classes) {
		return items(classes).filter(c -> l.spendingByEconomic(c, basicGeneral()).signum() == 0).toList();
	}

	static Stream<String> items(List<String> classes) {
		return classes.stream().flatMap(c -> EconomicClassification.templateItems(c).stream());
	}

}
