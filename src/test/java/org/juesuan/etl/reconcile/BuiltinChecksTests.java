package org.juesuan.etl.reconcile;

import java.util.List;

import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.IndexFixture;
import org.juesuan.etl.model.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that are not sums: one name per code, empty-table statements, one unit per
 * package.
 */
class BuiltinChecksTests {

	private final BuiltinChecks checks = new BuiltinChecks(RuleEngineTests.TEMPLATES);

	private List<Finding> run(String ruleId, IndexFixture fixture) {
		return checks.run(RuleEngineTests.rule(ruleId), fixture.index());
	}

	@Test
	void aCodeWithTwoNamesIsReported() {
		IndexFixture same = new IndexFixture().put(3, "201", "基本支出", "1.00", "D6").put(6, "201", "基本支出", "1.00", "D6");
		assertThat(run("package.same-name", same)).isEmpty();
		IndexFixture renamed = new IndexFixture().put(3, "201", "基本支出", "1.00", "D6")
			.put(6, "201", "基本支出", "1.00", "D6");
		renamed.rename(6, "201", "一般公共服务");
		assertThat(run("package.same-name", renamed)).singleElement().satisfies(f -> {
			assertThat(f.rowRef()).isEqualTo("201");
			assertThat(f.message()).contains("一般公共预算财政拨款支出决算表作“一般公共服务”");
		});
	}

	@Test
	void anEmptyFundTableMustSaySo() {
		IndexFixture silent = new IndexFixture().put(10, "合计", "本年收入", "0", "D5");
		assertThat(run("package.empty-statement", silent)).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.tables()).isEqualTo("10");
			assertThat(f.message()).contains("政府性基金预算财政拨款收入支出决算表").contains("本表无数据");
		});
		IndexFixture stated = new IndexFixture().statement(10, "本单位无政府性基金预算财政拨款收支，故本表无数据。")
			.put(10, "合计", "本年收入", "0", "D5");
		assertThat(run("package.empty-statement", stated)).isEmpty();
	}

	@Test
	void aTableThatSaysItIsEmptyMustHoldNoAmounts() {
		IndexFixture contradiction = new IndexFixture().statement(12, "本表无数据").put(12, "合计", "合计", "5.00", "C5");
		assertThat(run("package.statement-with-data", contradiction)).singleElement()
			.extracting(Finding::message)
			.asString()
			.contains("但表中有金额");
	}

	@Test
	void aTableInAnotherUnitIsReported() {
		IndexFixture mixed = new IndexFixture().unit(8, "元")
			.put(3, "201", "基本支出", "1.00", "D6")
			.put(6, "201", "基本支出", "1.00", "D6")
			.put(8, "30101", "决算数", "10000.00", "C6");
		assertThat(run("package.unit-consistency", mixed)).singleElement().satisfies(f -> {
			assertThat(f.tables()).isEqualTo("8");
			assertThat(f.message()).contains("元").contains("万元");
		});
	}

}
