package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.generate.FundSource;
import org.juesuan.etl.generate.Ledger;
import org.juesuan.etl.generate.ThreePublic;

/** Sections 七 (三公) … 十 (其他重要事项) of a Sichuan narrative. */
final class SichuanThreeOther {

	private SichuanThreeOther() {
	}

	static void write(List<Paragraph> out, Writing w) {
		int y = w.year();
		ThreePublic budget = w.data().threePublicBudget();
		ThreePublic actual = w.data().threePublicActual();
		out.add(Paragraph.of("h七", "七、财政拨款“三公”经费支出决算情况说明"));
		out.add(Paragraph.of("h七.一", "（一）“三公”经费财政拨款支出决算总体情况说明"));
		out.add(Paragraph.of("七.一",
				y + " 年度“三公”经费财政拨款支出决算为" + w.wan(actual.total()) + rate(w, actual.total(), budget.total()) + "。"));
		out.add(Paragraph.of("h七.二", "（二）“三公”经费财政拨款支出决算具体情况说明"));
		if (Figures.wan(actual.total()).signum() == 0) {
			out.add(Paragraph.of("七.二", y + " 年度本单位未发生“三公”经费财政拨款支出。"));
		}
		else {
			details(out, w, budget, actual);
		}
		fundsAndOther(out, w);
	}

	private static String rate(Writing w, BigDecimal actual, BigDecimal budget) {
		return Figures.wan(budget).signum() == 0 ? "" : "，完成预算 " + w.fig().share(actual, budget);
	}

	private static void details(List<Paragraph> out, Writing w, ThreePublic budget, ThreePublic actual) {
		ThreePublic prior = w.story().priorThree();
		List<BigDecimal> shares = w.fig()
			.shares(List.of(actual.abroad(), actual.car(), actual.reception()), actual.total(),
					w.style().adjustShares());
		out.add(Paragraph.of("七.二",
				w.year() + " 年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算" + w.wan(actual.abroad()) + "，占 "
						+ w.fig().percent(shares.get(0)) + "；公务用车购置及运行维护费支出决算" + w.wan(actual.car()) + "，占 "
						+ w.fig().percent(shares.get(1)) + "；公务接待费支出决算" + w.wan(actual.reception()) + "，占 "
						+ w.fig().percent(shares.get(2)) + "。"));
		NarrativeStyle.Numbering n = w.style().numbering();
		Story.Counts c = w.story().counts();
		out.add(Paragraph.of("七.二.1",
				n.of(1) + "因公出国（境）经费支出" + w.wan(actual.abroad()) + rate(w, actual.abroad(), budget.abroad())
						+ "。全年安排因公出国（境）团组 " + c.groups() + " 次，出国（境）" + c.travellers() + " 人。因公出国（境）支出决算比 "
						+ (w.year() - 1) + " 年" + plain(w, actual.abroad(), prior.abroad())));
		out.add(Paragraph.of("七.二.2",
				n.of(2) + "公务用车购置及运行维护费支出" + w.wan(actual.car()) + rate(w, actual.car(), budget.car())
						+ "。公务用车购置及运行维护费支出决算比 " + (w.year() - 1) + " 年度" + plain(w, actual.car(), prior.car())
						+ "其中：公务用车购置支出 0 万元。公务用车运行维护费支出" + w.wan(actual.carRunning()) + "。截至 " + w.year()
						+ " 年 12 月 31 日，单位共有公务用车 " + c.vehicles() + " 辆。"));
		out.add(Paragraph.of("七.二.3",
				n.of(3) + "公务接待费支出" + w.wan(actual.reception()) + rate(w, actual.reception(), budget.reception())
						+ "。公务接待费支出决算比 " + (w.year() - 1) + " 年度" + plain(w, actual.reception(), prior.reception())
						+ "其中：国内公务接待支出" + w.wan(actual.reception()) + "。国内公务接待 " + c.batches() + " 批次，" + c.guests()
						+ " 人次（不包括陪同人员）。"));
	}

	private static String plain(Writing w, BigDecimal actual, BigDecimal prior) {
		String change = w.change(actual, prior);
		return change.equals("持平") ? "持平。" : change + "。";
	}

	private static void fundsAndOther(List<Paragraph> out, Writing w) {
		int y = w.year();
		Ledger l = w.ledger();
		out.add(Paragraph.of("h八", "八、政府性基金预算支出决算情况说明"));
		BigDecimal fund = l.spending("", Ledger.from(FundSource.GOVERNMENT_FUND));
		out.add(Paragraph.of("八", fund.signum() == 0 ? y + " 年度本单位无政府性基金预算财政拨款收入和支出。" : y + " 年度政府性基金预算财政拨款支出"
				+ w.wan(fund) + "，占本年支出合计的 " + w.fig().share(fund, l.spending("", s -> true)) + "。"));
		out.add(Paragraph.of("h九", "九、国有资本经营预算支出决算情况说明"));
		out.add(Paragraph.of("九", y + " 年度本单位无国有资本经营预算财政拨款收入和支出。"));
		out.add(Paragraph.of("h十", "十、其他重要事项的情况说明"));
		out.add(Paragraph.of("h十.一", "（一）机关运行经费支出情况"));
		BigDecimal office = OfficeRunning.of(l);
		out.add(Paragraph.of("十.一",
				office.signum() == 0 ? y + " 年度，" + w.name() + "无机关运行经费支出。"
						: y + " 年度，" + w.name() + "机关运行经费支出" + w.wan(office) + "，比 " + (y - 1) + " 年度"
								+ SichuanNarrative.change(w, office, w.story().priorOffice())));
		BigDecimal total = w.story().counts().procurement();
		out.add(Paragraph.of("h十.二", "（二）政府采购支出情况"));
		out.add(Paragraph.of("十.二", y + " 年度，" + w.name() + "政府采购支出总额" + w.wan(total) + "，其中：政府采购货物支出" + w.wan(total)
				+ "、政府采购工程支出 0 万元、政府采购服务支出 0 万元。"));
		out.add(Paragraph.of("h十.三", "（三）国有资产占有使用情况"));
		out.add(Paragraph.of("十.三", "截至 " + y + " 年 12 月 31 日，" + w.name() + "共有车辆 " + w.story().counts().vehicles()
				+ " 辆。单价 100 万元（含）以上设备（不含车辆）0 台（套）。"));
		out.add(Paragraph.of("h十.四", "（四）预算绩效管理情况"));
		out.add(Paragraph.of("十.四", "根据预算绩效管理要求，" + w.name() + "对 " + w.story().counts().projects()
				+ " 个项目编制了绩效目标，部门整体绩效自评得分为 " + w.story().counts().score() + " 分。"));
	}

}
