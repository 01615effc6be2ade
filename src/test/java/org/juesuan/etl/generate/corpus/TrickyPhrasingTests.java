package org.juesuan.etl.generate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.generate.Ledger;
import org.juesuan.etl.generate.SpendingKind;
import org.junit.jupiter.api.Test;

/**
 * The clean corpus really contains the correct-but-tricky phrasings CorpusGenerator's
 * Javadoc promises.
 */
class TrickyPhrasingTests {

	private final List<CorpusDepartment> departments = Departments.all(CorpusGeneratorTests.SEED);

	private final String all = String.join("\n",
			departments.stream().map(d -> Departments.narrative(d).render().replaceAll("\\s", "")).toList());

	@Test
	void flatZeroBudgetSupplementaryAndOmittedStatements() {
		assertThat(all).contains("与2023年度持平", "年初预算为0.00万元，支出决算为0.00万元。", "年初预算为0.00万元，支出决算为", "无政府性基金预算财政拨款收入和支出",
				"无“三公”经费财政拨款支出");
		assertThat(all).containsPattern("项目支出[0-9]+\\.[0-9]{2}，占");
	}

	@Test
	void someShareListIsCorrectedToAHundredPercent() {
		boolean corrected = false;
		for (CorpusDepartment d : departments) {
			Figures fig = new Figures(d.set(), d.style());
			Ledger l = new Ledger(d.data());
			List<BigDecimal> parts = List.of(l.spending("", Ledger.of(SpendingKind.BASIC)),
					l.spending("", Ledger.of(SpendingKind.PROJECT)), l.spending("", Ledger.of(SpendingKind.OPERATING)));
			BigDecimal whole = l.spending("", s -> true);
			corrected |= d.style().adjustShares()
					&& !fig.shares(parts, whole, true).equals(fig.shares(parts, whole, false));
		}
		assertThat(corrected || anyClassListCorrected()).isTrue();
	}

	private boolean anyClassListCorrected() {
		for (CorpusDepartment d : departments) {
			Figures fig = new Figures(d.set(), d.style());
			Ledger l = new Ledger(d.data());
			var general = Ledger.from(org.juesuan.etl.generate.FundSource.GENERAL);
			List<BigDecimal> parts = NationalGeneralFund.codes(l)
				.stream()
				.map(c -> c.substring(0, 3))
				.distinct()
				.map(c -> l.spending(c, general))
				.toList();
			BigDecimal whole = l.spending("", general);
			if (d.style().adjustShares() && !fig.shares(parts, whole, true).equals(fig.shares(parts, whole, false))) {
				return true;
			}
		}
		return false;
	}

}
