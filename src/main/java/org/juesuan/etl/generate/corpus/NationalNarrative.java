package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.generate.FundSource;
import org.juesuan.etl.generate.Ledger;
import org.juesuan.etl.generate.SpendingKind;

/**
 * The narrative of a national-template department: 第三部分 情况说明 sections 一 … 十一 of the 2024
 * 样张 with every XXX filled from the accounts, alternatives resolved and instructions
 * removed; 第一、二、四部分 in brief.
 */
final class NationalNarrative {

	static final List<String> TABLES = List.of("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
			"一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表");

	private NationalNarrative() {
	}

	static Narrative write(CorpusDepartment department) {
		Writing w = Writing.of(department);
		List<Paragraph> out = new ArrayList<>();
		front(out, w);
		totals(out, w);
		NationalGeneralFund.write(out, w);
		NationalBasicThree.write(out, w);
		NationalOther.write(out, w);
		return new Narrative(w.name() + w.year() + "年度部门决算.txt", out, w.style());
	}

	private static void front(List<Paragraph> out, Writing w) {
		out.add(Paragraph.of("cover", w.name() + "\n" + w.year() + " 年度部门决算"));
		out.add(Paragraph.of("p1", "第一部分 " + w.name() + "概况"));
		out.add(Paragraph.of("p1.1", "一、主要职能"));
		out.add(Paragraph.of("p1.1.t", "贯彻执行国家和本市有关方针政策和法律法规，承担本行业、本领域的管理和服务职责。"));
		out.add(Paragraph.of("p2", "第二部分 " + w.name() + " " + w.year() + " 年度部门决算表"));
		for (int i = 0; i < TABLES.size(); i++) {
			out.add(Paragraph.of("p2." + (i + 1),
					org.juesuan.etl.generate.ChineseNumerals.prefix(i + 1) + TABLES.get(i)));
		}
		out.add(Paragraph.of("p3", "第三部分 " + w.name() + " " + w.year() + " 年度部门决算情况说明"));
	}

	private static void totals(List<Paragraph> out, Writing w) {
		Ledger l = w.ledger();
		BigDecimal grand = l.income("", s -> true).add(l.opening("", s -> true));
		out.add(Paragraph.of("h一", "一、收入支出决算总体情况说明"));
		out.add(Paragraph.of("一", w.name() + " " + w.year() + " 年度收入支出总计" + w.wan(grand) + "。与 " + (w.year() - 1)
				+ " 年度相比，收入支出总计" + w.change(grand, w.story().priorGrand()) + reason(grand, w.story().priorGrand(), w)));
		BigDecimal income = l.income("", s -> true);
		out.add(Paragraph.of("h二", "二、收入决算情况说明"));
		out.add(Paragraph.of("二", "本年收入合计" + w.wan(income) + "，其中：" + list(w, incomeParts(l), income) + "。"));
		BigDecimal spending = l.spending("", s -> true);
		out.add(Paragraph.of("h三", "三、支出决算情况说明"));
		out.add(Paragraph.of("三", "本年支出合计" + w.wan(spending) + "，其中：" + list(w, spendingParts(l), spending) + "。"));
		BigDecimal fiscal = l.income("", FundSource::fiscal).add(l.opening("", FundSource::fiscal));
		out.add(Paragraph.of("h四", "四、财政拨款收入支出决算总体情况说明"));
		out.add(Paragraph.of("四",
				w.name() + " " + w.year() + " 年度财政拨款收入支出总计" + w.wan(fiscal) + "。与 " + (w.year() - 1)
						+ " 年度相比，财政拨款收入支出总计" + w.change(fiscal, w.story().priorFiscal())
						+ reason(fiscal, w.story().priorFiscal(), w)));
	}

	/** "。主要原因：…。" after a change, or "。" after 持平. */
	static String reason(BigDecimal current, BigDecimal prior, Writing w) {
		int sign = Figures.wan(current).compareTo(Figures.wan(prior));
		return sign == 0 ? "。" : sign > 0 ? "。主要原因：项目支出和人员经费增加。" : "。主要原因：部分项目完成后支出相应减少。";
	}

	/** "name A 万元，占 a%；name B，占 b%…" over the non-zero parts (不涉及的不列). */
	static String list(Writing w, List<Part> parts, BigDecimal whole) {
		List<Part> present = parts.stream().filter(p -> Figures.wan(p.yuan()).signum() != 0).toList();
		List<BigDecimal> shares = w.fig()
			.shares(present.stream().map(Part::yuan).toList(), whole, w.style().adjustShares());
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < present.size(); i++) {
			text.append(i == 0 ? "" : "；")
				.append(present.get(i).name())
				.append(w.listWan(present.get(i).yuan(), i))
				.append("，占 ")
				.append(w.fig().percent(shares.get(i)));
		}
		return text.toString();
	}

	private static List<Part> incomeParts(Ledger l) {
		return List.of(new Part("财政拨款收入", l.income("", FundSource::fiscal)),
				new Part("上级补助收入", l.income("", s -> s == FundSource.SUPERIOR)),
				new Part("事业收入", l.income("", s -> s == FundSource.BUSINESS)),
				new Part("经营收入", l.income("", s -> s == FundSource.OPERATING)),
				new Part("附属单位上缴收入", l.income("", s -> s == FundSource.AFFILIATED)),
				new Part("其他收入", l.income("", s -> s == FundSource.OTHER)));
	}

	private static List<Part> spendingParts(Ledger l) {
		List<Part> parts = new ArrayList<>();
		for (SpendingKind kind : SpendingKind.values()) {
			parts.add(new Part(kind.label(), l.spending("", Ledger.of(kind))));
		}
		return parts;
	}

}
