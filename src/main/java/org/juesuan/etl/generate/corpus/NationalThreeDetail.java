package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.generate.ThreePublic;

/**
 * 七（二）: the shares of the three items and the 1、2、3、 detail paragraphs, or the 无“三公”
 * statement.
 */
final class NationalThreeDetail {

	private NationalThreeDetail() {
	}

	static void write(List<Paragraph> out, Writing w, ThreePublic actual) {
		if (Figures.wan(actual.total()).signum() == 0) {
			out.add(Paragraph.of("七.二", w.name() + " " + w.year() + " 年度无“三公”经费财政拨款支出。"));
			return;
		}
		List<BigDecimal> shares = w.fig()
			.shares(List.of(actual.abroad(), actual.car(), actual.reception()), actual.total(),
					w.style().adjustShares());
		out.add(Paragraph.of("七.二",
				"“三公”经费财政拨款支出决算中，因公出国（境）费支出决算" + w.wan(actual.abroad()) + "，占 " + w.fig().percent(shares.get(0))
						+ "；公务用车购置及运行维护费支出决算" + w.wan(actual.car()) + "，占 " + w.fig().percent(shares.get(1))
						+ "；公务接待费支出决算" + w.wan(actual.reception()) + "，占 " + w.fig().percent(shares.get(2))
						+ "。具体情况如下："));
		Story.Counts c = w.story().counts();
		NarrativeStyle.Numbering n = w.style().numbering();
		out.add(Paragraph.of("七.二.1",
				n.of(1) + "因公出国（境）费支出" + w.wan(actual.abroad()) + "。" + (c.groups() == 0 ? "全年未安排因公出国（境）团组。"
						: "全年安排因公出国（境）团组 " + c.groups() + " 个、累计 " + c.travellers() + " 人次。开支内容包括：国际旅费、住宿费、伙食费等。")));
		out.add(Paragraph.of("七.二.2",
				n.of(2) + "公务用车购置及运行维护费支出" + w.wan(actual.car()) + "。其中：公务用车购置支出为" + w.wan(actual.carPurchase())
						+ "，本年度未购置公务用车。公务用车运行维护支出" + w.wan(actual.carRunning()) + "。主要用于公务用车燃料费、维修费、过路过桥费、保险费等支出。"
						+ w.year() + " 年，" + w.name() + "所属各预算单位开支财政拨款的公务用车保有量为 " + c.vehicles() + " 辆。"));
		out.add(Paragraph.of("七.二.3",
				n.of(3) + "公务接待费支出" + w.wan(actual.reception()) + "。其中：国内公务接待支出" + w.wan(actual.reception())
						+ "（含外宾接待支出 0.00 万元）。主要用于接待上级部门检查指导及兄弟单位交流考察，共接待 " + c.batches() + " 批次、" + c.guests()
						+ " 人次，其中：接待外宾 0 批次、0 人次。"));
	}

}
