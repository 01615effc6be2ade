package org.juesuan.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample departments' identities hold: exactly in 元, and within rounding between
 * published figures.
 */
class SampleDepartmentsTests {

	static Stream<DepartmentPackage> departments() {
		return SampleDepartments.all().stream();
	}

	@ParameterizedTest
	@MethodSource("departments")
	void accountsBalanceExactlyInYuan(DepartmentPackage pkg) {
		Ledger ledger = new Ledger(pkg.data());
		KeyTotals totals = KeyTotals.of(pkg.data());
		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(totals.income().add(totals.opening()))
			.isEqualByComparingTo(totals.spending().add(totals.closing()));
		soft.assertThat(totals.basic().add(totals.project())).isEqualByComparingTo(totals.spending());
		soft.assertThat(ledger.spending("", Ledger.from(FundSource.GENERAL).and(Ledger.of(SpendingKind.BASIC))))
			.isEqualByComparingTo(totals.personnel().add(totals.publicFunds()));
		for (String code : ledger.functionCodes()) {
			for (FundSource source : FundSource.values()) {
				soft.assertThat(ledger.income(code, s -> s == source)).as("income %s %s", code, source).isNotNegative();
				soft.assertThat(ledger.closing(code, s -> s == source))
					.as("closing %s %s", code, source)
					.isNotNegative();
			}
		}
		soft.assertAll();
	}

	@ParameterizedTest
	@MethodSource("departments")
	void threePublicCoversTheBasicSpendingItFeeds(DepartmentPackage pkg) {
		Ledger ledger = new Ledger(pkg.data());
		ThreePublic actual = pkg.data().threePublicActual();
		var basic = Ledger.from(FundSource.GENERAL).and(Ledger.of(SpendingKind.BASIC));
		assertThat(ledger.spendingByEconomic("30212", basic)).isLessThanOrEqualTo(actual.abroad());
		assertThat(ledger.spendingByEconomic("30217", basic)).isLessThanOrEqualTo(actual.reception());
		assertThat(ledger.spendingByEconomic("30231", basic)).isLessThanOrEqualTo(actual.carRunning());
		assertThat(ledger.spendingByEconomic("31013", basic)).isLessThanOrEqualTo(actual.carPurchase());
	}

	@ParameterizedTest
	@MethodSource("departments")
	void summaryTablesBalance(DepartmentPackage pkg) {
		PublishedChecks c = new PublishedChecks(pkg);
		c.sum(1, "收入总计", "金额", 1, "本年收入合计", "使用非财政拨款结余", "年初结转和结余");
		c.sum(1, "支出总计", "金额", 1, "本年支出合计", "结余分配", "年末结转和结余");
		c.sum(1, "收入总计", "金额", 1, "支出总计");
		c.sum(1, "本年收入合计", "金额", 1,
				Arrays.stream(FundSource.values()).map(FundSource::incomeName).toArray(String[]::new));
		c.sum(1, "本年支出合计", "金额", 1, c.codes(1, 3).toArray(String[]::new));
		c.sum(4, "收入总计", "金额", 4, "本年收入合计", "年初财政拨款结转和结余");
		c.sum(4, "年初财政拨款结转和结余", "金额", 4, "年初财政拨款结转和结余（一般公共预算财政拨款）", "年初财政拨款结转和结余（政府性基金预算财政拨款）",
				"年初财政拨款结转和结余（国有资本经营预算财政拨款）");
		for (String column : List.of("合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")) {
			c.sum(4, "支出总计", column, 4, "本年支出合计", "年末财政拨款结转和结余");
		}
		c.equal(4, "收入总计", "金额", 4, "支出总计", "合计");
		c.soft.assertAll();
	}

	@ParameterizedTest
	@MethodSource("departments")
	void tablesAgreeWithEachOther(DepartmentPackage pkg) {
		PublishedChecks c = new PublishedChecks(pkg);
		c.equal(2, "合计", "本年收入合计", 1, "本年收入合计", "金额");
		c.equal(3, "合计", "本年支出合计", 1, "本年支出合计", "金额");
		c.sumAcross(2, "合计", "财政拨款收入", 1, "金额", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入");
		c.equal(4, "本年收入合计", "金额", 2, "合计", "财政拨款收入");
		c.equal(4, "一般公共预算财政拨款", "金额", 1, "一般公共预算财政拨款收入", "金额");
		c.equal(4, "本年支出合计", "一般公共预算财政拨款", 6, "合计", "合计");
		c.equal(4, "本年支出合计", "合计", 5, "合计", "合计");
		c.equal(7, "合计", "合计", 6, "合计", "合计");
		c.equal(9, "合计", "合计", 6, "合计", "项目支出");
		c.equal(4, "本年支出合计", "政府性基金预算财政拨款", 10, "合计", "本年支出小计");
		c.equal(4, "年末财政拨款结转和结余", "政府性基金预算财政拨款", 10, "合计", "年末结转和结余");
		c.equal(4, "年初财政拨款结转和结余（政府性基金预算财政拨款）", "金额", 10, "合计", "年初结转和结余");
		c.equal(4, "政府性基金预算财政拨款", "金额", 10, "合计", "本年收入");
		c.equal(4, "本年支出合计", "国有资本经营预算财政拨款", 11, "合计", "本年支出小计");
		c.equal(4, "本年支出合计", "国有资本经营预算财政拨款", 12, "合计", "合计");
		for (String code : c.codes(3, 3)) {
			c.equal(3, code, "本年支出合计", 1, code, "金额");
		}
		c.soft.assertAll();
	}

	@ParameterizedTest
	@MethodSource("departments")
	void hierarchiesAndRowsAddUp(DepartmentPackage pkg) {
		PublishedChecks c = new PublishedChecks(pkg);
		for (int table : List.of(2, 3, 6, 10)) {
			c.hierarchy(table);
		}
		c.rowSum(2, "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入");
		c.rowSum(3, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
		c.rowSum(6, "合计", "基本支出", "项目支出");
		c.rowSum(10, "本年支出小计", "基本支出", "项目支出");
		c.soft.assertAll();
	}

	@ParameterizedTest
	@MethodSource("departments")
	void basicSpendingAndThreePublicAddUp(DepartmentPackage pkg) {
		PublishedChecks c = new PublishedChecks(pkg);
		c.sumAcross(6, "合计", "基本支出", 8, "决算数", "人员经费合计", "公用经费合计");
		c.sum(8, "人员经费合计", "决算数", 8,
				c.codes(8, 3).stream().filter(x -> x.equals("301") || x.equals("303")).toArray(String[]::new));
		c.sum(8, "公用经费合计", "决算数", 8,
				c.codes(8, 3).stream().filter(x -> !x.equals("301") && !x.equals("303")).toArray(String[]::new));
		for (String column : List.of("预算数", "决算数")) {
			c.sum(13, "合计", column, 13, "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费");
			c.sum(13, "公务用车购置及运行维护费", column, 13, "公务用车购置费", "公务用车运行维护费");
		}
		c.soft.assertAll();
	}

}
