package org.juesuan.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.juesuan.etl.store.QueryProperties;
import org.junit.jupiter.api.Test;

/**
 * The analysts' commands bind the same settings record as the application, with its
 * defaults and conversions.
 */
class AnalystSettingsTests {

	@Test
	void unsetSettingsTakeTheRecordsDefaults() {
		QueryProperties query = AnalystSettings.load(new String[] { "query" }, Map.of())
			.bind("juesuan.query", QueryProperties.class);

		assertThat(query).usingRecursiveComparison().isEqualTo(new QueryProperties(null, null, null, null, null));
	}

	@Test
	void argumentsAndEnvironmentVariablesBindRelaxedly() {
		String[] args = { "query", "--juesuan.query.max-rows=3", "--juesuan.query.timeout=2m" };
		Map<String, String> environment = Map.of("JUESUAN_QUERY_USERNAME", "analyst", "JUESUAN_QUERY_PASSWORD", "pw",
				"COMMONPROGRAMFILES(X86)", "C:\\x");

		QueryProperties query = AnalystSettings.load(args, environment).bind("juesuan.query", QueryProperties.class);

		assertThat(query.maxRows()).isEqualTo(3);
		assertThat(query.timeout()).isEqualTo(Duration.ofMinutes(2));
		assertThat(query.username()).isEqualTo("analyst");
		assertThat(query.password()).isEqualTo("pw");
	}

	@Test
	void aBadValueNamesTheSetting() {
		AnalystSettings settings = AnalystSettings.load(new String[] { "query", "--juesuan.query.max-rows=0" },
				Map.of());

		assertThatThrownBy(() -> settings.bind("juesuan.query", QueryProperties.class))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("juesuan.query")
			.hasMessageContaining("max-rows must be positive");
	}

}
