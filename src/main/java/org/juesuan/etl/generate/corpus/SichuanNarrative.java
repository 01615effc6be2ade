package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.generate.AppendixTable;
import org.juesuan.etl.generate.ChineseNumerals;
import org.juesuan.etl.generate.FundSource;
import org.juesuan.etl.generate.Ledger;
import org.juesuan.etl.generate.SpendingKind;

/**
 * The narrative of a Sichuan 13-table department in the style of the real 攀枝花市东区 编制说明
 * (the seed): 第二部分 sections 一 … 十, amounts in 万元 without trailing zeros, shares to one
 * decimal, 项 lines against 调整预算.
 */
final class SichuanNarrative {

	private SichuanNarrative() {
	}

	static Narrative write(CorpusDepartment department) {
		Writing w = Writing.of(department);
		List<Paragraph> out = new ArrayList<>();
		out.add(Paragraph.of("cover", w.year() + " 年度\n\n" + w.name() + "\n\n部门决算公开编制说明"));
		out.add(Paragraph.of("p1", "第一部分 部门概况"));
		out.add(Paragraph.of("p1.1", "一、部门职责"));
		out.add(Paragraph.of("p1.1.t", "(1) 贯彻执行国家和省市有关方针政策和法律法规，负责本行业、本领域的管理和服务工作。"));
		out.add(Paragraph.of("p2", "第二部分 " + w.year() + " 年度部门决算情况说明"));
		totals(out, w);
		SichuanGeneralFund.write(out, w);
		SichuanThreeOther.write(out, w);
		out.add(Paragraph.of("p5", "第五部分 附表"));
		for (AppendixTable table : AppendixTable.values()) {
			out.add(Paragraph.of("p5." + table.number(),
					"- " + ChineseNumerals.prefix(table.number()) + table.title()));
		}
		return new Narrative(w.year() + "年度" + w.name() + "部门决算公开编制说明.txt", out, w.style());
	}

	private static void totals(List<Paragraph> out, Writing w) {
		Ledger l = w.ledger();
		int y = w.year();
		BigDecimal grand = l.income("", s -> true).add(l.opening("", s -> true));
		out.add(Paragraph.of("h一", "一、收入支出决算总体情况说明"));
		out.add(Paragraph.of("一", y + " 年度收入、支出总计均为" + w.wan(grand) + "。与 " + (y - 1) + " 年度相比，收入、支出总计各"
				+ change(w, grand, w.story().priorGrand())));
		BigDecimal income = l.income("", s -> true);
		out.add(Paragraph.of("h二", "二、收入决算情况说明"));
		List<Part> sources = new ArrayList<>();
		for (FundSource source : FundSource.values()) {
			sources.add(new Part(source.incomeName(), l.income("", s -> s == source)));
		}
		out.add(Paragraph.of("二", y + " 年度本年收入合计" + w.wan(income) + "，其中：" + list(w, sources, income) + "。"));
		BigDecimal spending = l.spending("", s -> true);
		List<Part> kinds = new ArrayList<>();
		for (SpendingKind kind : SpendingKind.values()) {
			kinds.add(new Part(kind.label(), l.spending("", Ledger.of(kind))));
		}
		out.add(Paragraph.of("h三", "三、支出决算情况说明"));
		out.add(Paragraph.of("三", y + " 年度本年支出合计" + w.wan(spending) + "，其中：" + list(w, kinds, spending) + "。"));
		BigDecimal fiscal = l.income("", FundSource::fiscal).add(l.opening("", FundSource::fiscal));
		out.add(Paragraph.of("h四", "四、财政拨款收入支出决算总体情况说明"));
		out.add(Paragraph.of("四", y + " 年度财政拨款收入、支出总计均为" + w.wan(fiscal) + "。与 " + (y - 1) + " 年度相比，财政拨款收入总计、支出总计各"
				+ change(w, fiscal, w.story().priorFiscal())));
	}

	/** "增加 X 万元，增长 y%。主要变动原因是…。" or "持平。" */
	static String change(Writing w, BigDecimal current, BigDecimal prior) {
		String change = w.change(current, prior);
		if (change.equals("持平")) {
			return "持平。";
		}
		return change + "。主要变动原因是" + (change.startsWith("增加") ? "项目支出增加。" : "部分项目结束，支出减少。");
	}

	/**
	 * The share list: all parts when the department lists every source, else the non-zero
	 * ones.
	 */
	static String list(Writing w, List<Part> parts, BigDecimal whole) {
		List<Part> shown = parts.stream()
			.filter(p -> w.style().listAllIncome() || Figures.wan(p.yuan()).signum() != 0)
			.toList();
		List<BigDecimal> shares = w.fig()
			.shares(shown.stream().map(Part::yuan).toList(), whole, w.style().adjustShares());
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < shown.size(); i++) {
			text.append(i == 0 ? "" : "；")
				.append(shown.get(i).name())
				.append(w.listWan(shown.get(i).yuan(), i))
				.append("，占 ")
				.append(w.fig().percent(shares.get(i)));
		}
		return text.toString();
	}

}
