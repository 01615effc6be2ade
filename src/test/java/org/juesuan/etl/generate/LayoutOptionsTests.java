package org.juesuan.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.juesuan.etl.generate.LayoutOptions.*;

/** Withers change one switch and keep the others. */
class LayoutOptionsTests {

	@Test
	void withersChangeOnlyTheirComponent() {
		LayoutOptions split = LayoutOptions.DEFAULT.withCodeColumns(CodeColumns.SPLIT);
		assertThat(split.codeColumns()).isEqualTo(CodeColumns.SPLIT);
		assertThat(split.withCodeColumns(CodeColumns.SINGLE)).isEqualTo(LayoutOptions.DEFAULT);
		assertThat(LayoutOptions.DEFAULT.withT13Order(T13Order.GROUPED).t8Panels()).isEqualTo(T8Panels.TWO);
	}

	@Test
	void textAmountsNeverCarryFormulas() {
		LayoutOptions options = LayoutOptions.DEFAULT.withFormulaTotals(true);
		assertThat(options.writesFormulas()).isTrue();
		assertThat(options.withAmountStyle(AmountStyle.TEXT).writesFormulas()).isFalse();
	}

	@Test
	void headerVariantsAreASet() {
		LayoutOptions options = LayoutOptions.DEFAULT.withHeaderVariants(HeaderVariant.T10_HEJI,
				HeaderVariant.T10_HEJI);
		assertThat(options.has(HeaderVariant.T10_HEJI)).isTrue();
		assertThat(options.has(HeaderVariant.T1_JUESUANSHU)).isFalse();
	}

}
