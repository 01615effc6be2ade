package org.juesuan.etl.generate;

import java.util.Arrays;

/**
 * The 13 appendix tables in disclosure order, with canonical title and the MOF-style
 * footnote.
 */
public enum AppendixTable {

	T1("收入支出决算总表", "本表反映部门本年度的总收支和年末结转结余情况。"), T2("收入决算表", "本表反映部门本年度取得的各项收入情况。"), T3("支出决算表", "本表反映部门本年度各项支出情况。"),
	T4("财政拨款收入支出决算总表", "本表反映部门本年度财政拨款总收支和结转结余情况。"), T5("财政拨款支出决算明细表", "本表反映部门本年度财政拨款支出明细情况。"),
	T6("一般公共预算财政拨款支出决算表", "本表反映部门本年度一般公共预算财政拨款支出情况。"), T7("一般公共预算财政拨款支出决算明细表", "本表反映部门本年度一般公共预算财政拨款支出明细情况。"),
	T8("一般公共预算财政拨款基本支出决算明细表", "本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"), T9("一般公共预算财政拨款项目支出决算表", "本表反映部门本年度一般公共预算财政拨款项目支出情况。"),
	T10("政府性基金预算财政拨款收入支出决算表", "本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。"),
	T11("国有资本经营预算财政拨款收入支出决算表", "本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。"),
	T12("国有资本经营预算财政拨款支出决算表", "本表反映部门本年度国有资本经营预算财政拨款支出情况。"), T13("财政拨款“三公”经费支出决算表", "本表反映部门本年度“三公”经费支出预决算情况。");

	private final String title;

	private final String footnote;

	AppendixTable(String title, String footnote) {
		this.title = title;
		this.footnote = footnote;
	}

	/** The table of a number 1–13. */
	public static AppendixTable of(int number) {
		return Arrays.stream(values())
			.filter(t -> t.number() == number)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no table " + number));
	}

	/** 1–13. */
	public int number() {
		return ordinal() + 1;
	}

	/** Canonical title, e.g. 收入支出决算总表. */
	public String title() {
		return title;
	}

	/** The 注：… line printed under the grid. */
	public String footnote() {
		return "注：" + footnote;
	}

	/** The 公开NN表 label. */
	public String gongkaiLabel() {
		return String.format("公开%02d表", number());
	}

}
