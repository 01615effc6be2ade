package org.juesuan.etl.generate;

import java.util.List;

/**
 * Writes a 编制说明 in the style and section structure of the real 2024 攀枝花市东区 narratives,
 * with every figure taken from the department's tables (万元, shares to one decimal) and
 * its {@link NarrativeFacts}.
 */
final class NarrativeWriter {

	private NarrativeWriter() {
	}

	/** The file name publishers use, e.g. 2024年度攀枝花市东区教育和体育局部门决算公开编制说明.txt. */
	static String fileName(DepartmentData data) {
		return data.year() + "年度" + data.name() + "部门决算公开编制说明.txt";
	}

	/** The whole narrative; the department must carry {@link NarrativeFacts}. */
	static String write(DepartmentData data) {
		if (data.facts() == null) {
			throw new IllegalArgumentException(data.name() + " has no narrative facts");
		}
		Ledger ledger = new Ledger(data);
		StringBuilder text = new StringBuilder();
		cover(text, data);
		overview(text, data);
		text.append("第二部分 ").append(data.year()).append(" 年度部门决算情况说明\n\n");
		NarrativeFinance.write(text, ledger);
		NarrativeDetails.write(text, ledger);
		glossary(text);
		text.append("第四部分 附件\n\n无。\n\n第五部分 附表\n\n");
		for (AppendixTable table : AppendixTable.values()) {
			text.append("- ").append(ChineseNumerals.prefix(table.number())).append(table.title()).append('\n');
		}
		return text.toString();
	}

	private static void cover(StringBuilder text, DepartmentData data) {
		text.append(data.year()).append(" 年度\n\n").append(data.name()).append("\n\n部门决算公开编制说明\n\n");
	}

	private static void overview(StringBuilder text, DepartmentData data) {
		NarrativeFacts facts = data.facts();
		text.append("第一部分 部门概况\n\n一、部门职责\n\n");
		for (int i = 0; i < facts.duties().size(); i++) {
			text.append('(').append(i + 1).append(") ").append(facts.duties().get(i)).append("\n\n");
		}
		int units = facts.units().size();
		text.append("二、机构设置\n\n")
			.append(data.name())
			.append("下属二级预算单位 ")
			.append(units)
			.append(" 个，其中：行政单位 ")
			.append(facts.adminUnits())
			.append(" 个，参照公务员法管理的事业单位 ")
			.append(facts.civilServiceLikeUnits())
			.append(" 个，其他事业单位 ")
			.append(facts.otherUnits())
			.append(" 个。\n\n纳入")
			.append(data.name())
			.append(" ")
			.append(data.year())
			.append(" 年度部门决算编制范围的二级预算单位包括：\n\n");
		for (int i = 0; i < units; i++) {
			text.append(i + 1).append(". ").append(facts.units().get(i)).append("。\n\n");
		}
	}

	private static void glossary(StringBuilder text) {
		List<String> terms = List.of("财政拨款收入：指单位从同级财政部门取得的财政预算资金。", "事业收入：指事业单位开展专业业务活动及辅助活动取得的收入。",
				"其他收入：指单位取得的除上述收入以外的各项收入。", "年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
				"年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金。", "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
				"项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。", "“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
				"机关运行经费：为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。");
		text.append("第三部分 名词解释\n\n");
		for (int i = 0; i < terms.size(); i++) {
			text.append(i + 1).append('.').append(terms.get(i)).append("\n\n");
		}
	}

}
