package org.juesuan.etl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An explanation whose finding is gone moves to a new finding of the same rule and text
 * only for narrative findings (whose fingerprints changed once); a fixed table finding's
 * explanation is resolved, never handed to another finding, and keeps when it was given.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:explanation-it;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class ExplanationStoreIntegrationTests {

	@Autowired
	FindingWriter findings;

	@Autowired
	ExplanationStore explanations;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void empty() {
		EmptyStore.empty(jdbc);
	}

	@Test
	void aFixedTableFindingKeepsItsExplanationAsHistoryRatherThanPassingItOn() {
		long dept = departments.idOf("攀枝花市东区测试局");
		findings.replace(dept, 2024, "audit", List.of(finding("T3.row-sums", "fp-old")));
		explanations.explain("fp-old", "已核实");
		Object explainedAt = explainedAt("fp-old");

		findings.replace(dept, 2024, "audit", List.of(finding("T3.row-sums", "fp-new")));

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding_explanation WHERE fingerprint = 'fp-new'",
				Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT resolved_at FROM finding_explanation WHERE fingerprint = 'fp-old'",
				Object.class))
			.isNotNull();
		assertThat(explainedAt("fp-old")).isEqualTo(explainedAt);
	}

	@Test
	void aNarrativeFindingUnderANewFingerprintKeepsItsExplanation() {
		long dept = departments.idOf("攀枝花市东区测试局");
		findings.replace(dept, 2024, "narrative", List.of(finding("N.amount", "fp-old")));
		explanations.explain("fp-old", "已核实");

		findings.replace(dept, 2024, "narrative", List.of(finding("N.amount", "fp-new")));

		assertThat(jdbc.queryForObject(
				"SELECT explanation FROM finding_explanation WHERE fingerprint = 'fp-new' AND resolved_at IS NULL",
				String.class))
			.isEqualTo("已核实");
	}

	private Object explainedAt(String fingerprint) {
		return jdbc.queryForObject("SELECT explained_at FROM finding_explanation WHERE fingerprint = ?", Object.class,
				fingerprint);
	}

	private static Finding finding(String rule, String fingerprint) {
		return new Finding(rule, Severity.ERROR, "total", "3", "201", "合计", "合计不等于各项之和", null, null, null, "公开03表!D12",
				null, fingerprint);
	}

}
