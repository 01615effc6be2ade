package org.juesuan.etl.template;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Normalisation: white space and every kind of line break go, then a trailing unit. */
class TextTests {

	@ParameterizedTest
	@ValueSource(
			strings = { "金额（万元）", "金额 （万元）\n", "金额（万元）\u2028", "金额（万元）\u0085", "金\u2029额（万元）", "金额\u3000（万元）\r\n" })
	void dropsLineBreaksAndTheTrailingUnit(String cell) {
		assertThat(Text.normalize(cell)).isEqualTo("金额");
	}

}
