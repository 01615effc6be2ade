package org.juesuan.etl.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class HtmlTests {

	@Test
	void namesAreDataNeverMarkup() {
		assertThat(Html.esc("<script>alert('x')</script>&\""))
			.isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;");
	}

	@Test
	void amountsAreShownInWanYuan() {
		assertThat(Html.wan(new BigDecimal("94699712.34"))).isEqualTo("9,469.97");
		assertThat(Html.wan(null)).isEqualTo("—");
	}

}
