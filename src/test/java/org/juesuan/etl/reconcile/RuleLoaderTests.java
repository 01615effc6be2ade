package org.juesuan.etl.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.juesuan.etl.model.Term;
import org.juesuan.etl.template.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue loads; a local file adds rules; a broken rule is reported with its file
 * and key.
 */
class RuleLoaderTests {

	@TempDir
	Path dir;

	@Test
	void loadsTheShippedCatalogue() {
		List<Rule> rules = RuleLoader.load(new RuleProperties(dir.toString()));
		assertThat(rules).extracting(Rule::family)
			.contains("t1-total", "row-sums", "hierarchy", "cross-table", "basic-expenditure", "three-public",
					"year-over-year", "completeness");
		assertThat(rules).hasSizeGreaterThan(60);
	}

	@Test
	void aLocalFileAddsARuleWithoutJava() throws Exception {
		Files.writeString(dir.resolve("local.yml"), """
				family: local
				rules:
				  - id: T3.no-business
				    description: 本区部门不应有经营支出
				    severity: WARNING
				    kind: intra-row
				    check: T3[合计].经营支出 <= T3[合计].上缴上级支出
				""");
		assertThat(RuleLoader.load(new RuleProperties(dir.toString()))).extracting(Rule::id).contains("T3.no-business");
	}

	@Test
	void aLocalFileReplacesThePackagedOneOfItsNameAndASetsOwnFileTheSharedOne() throws Exception {
		String local = """
				family: row-sums
				rules:
				  - id: T3.only-row-sum
				    description: 本地的行合计规则
				    severity: ERROR
				    kind: intra-row
				    check: T3[合计].本年支出合计 = T3[合计].基本支出 + T3[合计].项目支出
				""";
		Files.writeString(dir.resolve("row-sums.yml"), local);
		Files.writeString(Files.createDirectories(dir.resolve("national-2024")).resolve("row-sums.yml"),
				local.replace("T3.only", "N.only"));

		List<Rule> shared = RuleLoader.load(new RuleProperties(dir.toString()));
		List<Rule> national = RuleLoader.load(new RuleProperties(dir.toString()), "national-2024");

		assertThat(shared).filteredOn(r -> r.family().equals("row-sums"))
			.extracting(Rule::id)
			.containsExactly("T3.only-row-sum");
		assertThat(national).filteredOn(r -> r.family().equals("row-sums"))
			.extracting(Rule::id)
			.containsExactly("N.only-row-sum");
		assertThat(shared).extracting(Rule::family).contains("hierarchy", "cross-table");
	}

	@Test
	void aBrokenExpressionIsReportedWithFileAndKey() throws Exception {
		Files.writeString(dir.resolve("broken.yml"), """
				family: broken
				rules:
				  - id: X.bad
				    description: 坏规则
				    severity: ERROR
				    kind: intra-row
				    check: T3[合计].本年支出合计 == T3[合计].基本支出
				""");
		assertThatThrownBy(() -> RuleLoader.load(new RuleProperties(dir.toString())))
			.isInstanceOf(ConfigException.class)
			.hasMessageContaining("broken.yml")
			.hasMessageContaining("rules[0].check");
	}

	@Test
	void anUnknownSeverityIsReported() throws Exception {
		Files.writeString(dir.resolve("broken.yml"), """
				family: broken
				rules:
				  - id: X.bad
				    description: 坏规则
				    severity: FATAL
				    kind: intra-row
				    check: T3[合计].本年支出合计 = T3[合计].基本支出
				""");
		assertThatThrownBy(() -> RuleLoader.load(new RuleProperties(dir.toString())))
			.hasMessageContaining("rules[0].severity")
			.hasMessageContaining("FATAL");
	}

	@Test
	void expressionsParseIntoTerms() {
		Comparison c = ExpressionParser
			.parse("T10[合计].年末结转和结余 = T10[合计].年初结转和结余 + T10[合计].本年收入 - prev.sum(T10[@类].本年支出小计)");
		assertThat(c.left()).singleElement().extracting(Term::table).isEqualTo(10);
		assertThat(c.right()).extracting(Term::negative).containsExactly(false, false, true);
		assertThat(c.right().get(2)).satisfies(t -> {
			assertThat(t.previousYear()).isTrue();
			assertThat(t.isSelector()).isTrue();
			assertThat(t.column()).isEqualTo("本年支出小计");
		});
	}

}
