package org.juesuan.etl.generate;

import static org.juesuan.etl.generate.NarrativeNumbers.change;
import static org.juesuan.etl.generate.NarrativeNumbers.share;
import static org.juesuan.etl.generate.NarrativeNumbers.wan;

import java.math.BigDecimal;
import java.util.function.Predicate;

/** Sections 八 (政府性基金), 九 (国有资本经营) and 十 (其他重要事项) of 第二部分. */
final class NarrativeOther {

	private NarrativeOther() {
	}

	static void write(StringBuilder text, Ledger ledger) {
		DepartmentData data = ledger.data();
		BigDecimal spending = ledger.spending("", s -> true);
		Predicate<Spending> fund = Ledger.from(FundSource.GOVERNMENT_FUND);
		BigDecimal fundSpending = ledger.spending("", fund);
		text.append("八、政府性基金预算支出决算情况说明\n\n")
			.append(fundSentence(data, "政府性基金", fundSpending, spending, data.facts().prior().fundSpending()));
		ledger.functionCodes()
			.stream()
			.filter(c -> ledger.spending(c, fund).signum() != 0)
			.forEach(c -> text.append("其中：")
				.append(NarrativeItems.subject(c))
				.append(" ")
				.append(wan(ledger.spending(c, fund)))
				.append(" 万元。\n\n"));
		BigDecimal capital = ledger.spending("", Ledger.from(FundSource.STATE_CAPITAL));
		text.append("九、国有资本经营预算支出决算情况说明\n\n").append(fundSentence(data, "国有资本经营", capital, spending, BigDecimal.ZERO));
		others(text, ledger);
	}

	private static String fundSentence(DepartmentData data, String fund, BigDecimal amount, BigDecimal spending,
			BigDecimal prior) {
		return data.year() + " 年度" + fund + "预算财政拨款支出 " + wan(amount) + " 万元，占本年支出合计的 " + share(amount, spending)
				+ "。与 " + (data.year() - 1) + " 年度相比，" + fund + "预算财政拨款支出" + change(amount, prior) + "。\n\n";
	}

	private static void others(StringBuilder text, Ledger ledger) {
		DepartmentData data = ledger.data();
		NarrativeFacts facts = data.facts();
		BigDecimal running = officeRunning(ledger);
		NarrativeFacts.Procurement buy = facts.procurement();
		String name = data.name();
		text.append("十、其他重要事项的情况说明\n\n（一）机关运行经费支出情况\n\n")
			.append(data.year())
			.append(" 年度，")
			.append(name)
			.append("机关运行经费支出 ")
			.append(wan(running))
			.append(" 万元，比 ")
			.append(data.year() - 1)
			.append(" 年度")
			.append(change(running, facts.prior().officeRunning()))
			.append("。主要原因是日常公用支出变化。\n\n");
		text.append("（二）政府采购支出情况\n\n")
			.append(data.year())
			.append(" 年度，")
			.append(name)
			.append("政府采购支出总额 ")
			.append(wan(buy.total()))
			.append(" 万元，其中：政府采购货物支出 ")
			.append(wan(buy.goods()))
			.append(" 万元、政府采购工程支出 ")
			.append(wan(buy.works()))
			.append(" 万元、政府采购服务支出 ")
			.append(wan(buy.services()))
			.append(" 万元。授予中小企业合同金额 ")
			.append(wan(buy.sme()))
			.append(" 万元，占政府采购支出总额的 ")
			.append(share(buy.sme(), buy.total()))
			.append("，其中：授予小微企业合同金额 ")
			.append(wan(buy.small()))
			.append(" 万元，占政府采购支出总额的 ")
			.append(share(buy.small(), buy.total()))
			.append("。\n\n");
		text.append("（三）国有资产占有使用情况\n\n截至 ")
			.append(data.year())
			.append(" 年 12 月 31 日，")
			.append(name)
			.append("共有车辆 ")
			.append(facts.vehicles())
			.append(" 辆，其中：主要负责人用车 0 辆、机要通信用车 0 辆、应急保障用车 ")
			.append(facts.vehicles())
			.append(" 辆、其他用车 0 辆。单价 100 万元（含）以上设备（不含车辆）0 台（套）。\n\n");
		text.append("（四）预算绩效管理情况\n\n根据预算绩效管理要求，")
			.append(name)
			.append("组织对 ")
			.append(data.year())
			.append(" 年度一般公共预算项目支出全面开展绩效自评，形成部门整体绩效自评报告。\n\n");
	}

	/** 机关运行经费: general-fund basic 302/310 spending of the 行政 part's 项. */
	static BigDecimal officeRunning(Ledger ledger) {
		Predicate<Spending> basic = Ledger.from(FundSource.GENERAL)
			.and(Ledger.of(SpendingKind.BASIC))
			.and(s -> ledger.data().facts().officeRunningFunctions().contains(s.function()))
			.and(s -> !s.economic().startsWith("301") && !s.economic().startsWith("303"));
		return ledger.spending("", basic);
	}

}
