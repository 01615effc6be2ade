package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.generate.FundSource;
import org.juesuan.etl.generate.Ledger;

/** Sections 八 … 十一 of the national narrative and 第四部分 名词解释. */
final class NationalOther {

	private NationalOther() {
	}

	static void write(List<Paragraph> out, Writing w) {
		Ledger l = w.ledger();
		out.add(Paragraph.of("h八", "八、政府性基金预算财政拨款收入支出决算情况说明"));
		BigDecimal fundSpending = l.spending("", Ledger.from(FundSource.GOVERNMENT_FUND));
		if (fundSpending.signum() == 0) {
			out.add(Paragraph.of("八", w.name() + " " + w.year() + " 年度无政府性基金预算财政拨款收入和支出。"));
		}
		else {
			fund(out, w, l, fundSpending);
		}
		out.add(Paragraph.of("h九", "九、国有资本经营预算财政拨款收入支出决算情况说明"));
		out.add(Paragraph.of("九", w.name() + " " + w.year() + " 年度无国有资本经营预算财政拨款收入和支出。"));
		out.add(Paragraph.of("h十", "十、预算绩效管理情况"));
		out.add(Paragraph.of("十", performance(w)));
		out.add(Paragraph.of("h十一", "十一、其他重要事项的情况说明"));
		out.add(Paragraph.of("h十一.一", "（一）机关运行经费支出情况"));
		out.add(Paragraph.of("十一.一", office(w)));
		out.add(Paragraph.of("h十一.二", "（二）政府采购支出情况"));
		out.add(Paragraph.of("十一.二", procurement(w)));
		out.add(Paragraph.of("h十一.三", "（三）国有资产占有使用情况说明"));
		out.add(Paragraph.of("十一.三",
				"截至 " + w.year() + " 年 12 月 31 日，" + w.name() + "共有车辆 " + w.story().counts().vehicles()
						+ " 辆，其中：主要领导干部用车 0 辆、机要通信用车 0 辆、应急保障用车 0 辆、其他用车 " + w.story().counts().vehicles()
						+ " 辆。单价 100 万元（含）以上设备（不含车辆）0 台（套）。"));
		out.add(Paragraph.of("p4", "第四部分 名词解释"));
		out.add(Paragraph.of("p4.1", "一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、" + "政府性基金预算财政拨款和国有资本经营预算财政拨款。"));
		out.add(Paragraph.of("p4.2", "二、“三公”经费：指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。"));
	}

	private static void fund(List<Paragraph> out, Writing w, Ledger l, BigDecimal spending) {
		out.add(Paragraph.of("八", "政府性基金预算财政拨款收入" + w.wan(l.income("", s -> s == FundSource.GOVERNMENT_FUND)) + "，支出"
				+ w.wan(spending) + "，支出具体情况如下："));
		List<String> codes = l.functionCodes()
			.stream()
			.filter(c -> l.spending(c, Ledger.from(FundSource.GOVERNMENT_FUND)).signum() != 0)
			.toList();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			out.add(Paragraph.of("八." + (i + 1), NationalGeneralFund.line(w, i + 1, code, w.story().budgets().get(code),
					l.spending(code, Ledger.from(FundSource.GOVERNMENT_FUND)))));
		}
	}

	private static String performance(Writing w) {
		Story.Counts c = w.story().counts();
		BigDecimal projects = w.ledger().spending("", Ledger.of(org.juesuan.etl.generate.SpendingKind.PROJECT));
		String amount = w.wan(projects.signum() > 0 ? projects : c.procurement());
		return w.name() + w.year() + " 年度预算绩效管理工作开展情况如下：本部门建立了如下预算绩效管理制度：《预算绩效管理实施办法》、"
				+ "《项目支出绩效自评工作规程》，建立了“预算编制有目标、执行有监控、完成有评价、结果有应用”的预算绩效管理工作机制；" + "全过程绩效管理实施情况：编报绩效目标的 " + w.year()
				+ " 年度项目 " + c.projects() + " 个，涉及预算金额" + amount + "；绩效自评的 " + w.year() + " 年度项目 " + c.projects()
				+ " 个，涉及预算金额" + amount + "，平均得分 " + c.score() + " 分（其中，绩效评级为“优”的项目 " + (c.projects() - 1)
				+ " 个；绩效评级为“良”的项目 1 个）。";
	}

	private static String office(Writing w) {
		BigDecimal office = OfficeRunning.of(w.ledger());
		if (office.signum() == 0) {
			return w.name() + " " + w.year() + " 年度无机关运行经费支出。";
		}
		String change = w.change(office, w.story().priorOffice());
		String text = "机关运行经费支出" + w.wan(office) + "，";
		if (change.equals("持平")) {
			return text + "与 " + (w.year() - 1) + " 年度持平。";
		}
		return text + "比 " + (w.year() - 1) + " 年度" + change + "。主要原因是"
				+ (change.startsWith("增加") ? "办公设备更新及水电费上涨。" : "严控一般性支出，压减办公经费。");
	}

	private static String procurement(Writing w) {
		BigDecimal total = w.story().counts().procurement();
		BigDecimal goods = total.multiply(new BigDecimal("0.4"))
			.setScale(-2, java.math.RoundingMode.HALF_UP)
			.setScale(2);
		return w.name() + " " + w.year() + " 年度政府采购金额（以合同签订为准）为" + w.wan(total) + "，其中：货物采购金额" + w.wan(goods)
				+ "、工程采购金额 0.00 万元、服务采购金额" + w.wan(total.subtract(goods)) + "。";
	}

}
