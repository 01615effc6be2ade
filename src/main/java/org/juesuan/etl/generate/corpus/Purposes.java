package org.juesuan.etl.generate.corpus;

import org.juesuan.etl.generate.FunctionalClassification;

/** The 主要用于 and reason phrases of a 项 line, chosen by the 项's code. */
final class Purposes {

	private Purposes() {
	}

	static String of(String code) {
		String name = FunctionalClassification.name(code);
		if (name.contains("离退休")) {
			return "离退休人员的离退休费及相关补贴";
		}
		if (code.startsWith("20805")) {
			return "按规定为在职人员缴纳的" + (code.endsWith("06") ? "职业年金" : "基本养老保险费");
		}
		if (code.startsWith("21011")) {
			return "按规定缴纳的职工基本医疗保险及公务员医疗补助";
		}
		if (code.startsWith("22102")) {
			return "按规定为职工缴纳的住房公积金";
		}
		return switch (name) {
			case "行政运行" -> "机关在职人员工资福利及日常运转支出";
			case "事业运行" -> "所属事业单位人员经费及日常运转支出";
			default -> name + "相关工作经费";
		};
	}

	static String decrease(String code) {
		String name = FunctionalClassification.name(code);
		boolean payroll = code.startsWith("208") || code.startsWith("210") || code.startsWith("221");
		return payroll ? "人员变动，" + name + "相应减少" : "厉行节约，压减" + name + "非刚性支出";
	}

	static String increase(String code) {
		return code.startsWith("208") || code.startsWith("210") || code.startsWith("221") ? "缴费基数调整"
				: "年中追加" + FunctionalClassification.name(code) + "经费";
	}

}
