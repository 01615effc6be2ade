package org.juesuan.etl.aggregate;

import static org.juesuan.etl.aggregate.Html.esc;
import static org.juesuan.etl.aggregate.Html.wan;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.juesuan.etl.store.FindingRow;

/**
 * The report's table of departments (sortable, each linking to its section) and the
 * sections themselves.
 */
final class DepartmentSections {

	private DepartmentSections() {
	}

	/**
	 * The section id of the {@code index}-th department: ids never carry a department's
	 * name.
	 */
	static String id(int index) {
		return "dept-" + (index + 1);
	}

	/** Characters of HTML held before they are written out. */
	static final int FLUSH_CHARS = 1 << 16;

	static void tableStart(StringBuilder html) {
		html.append(
				"<h2>部门</h2><table class=\"sortable\" id=\"departments\"><thead><tr><th>部门</th><th>本年支出合计</th><th>基本支出</th>")
			.append("<th>项目支出</th><th>三公经费</th><th>错误</th><th>警告</th><th>提示</th></tr></thead><tbody>");
	}

	/** The table's row of the {@code index}-th department. */
	static void tableRow(StringBuilder html, int index, DepartmentLine d, Writer out) throws IOException {
		flushIfLong(html, out);
		html.append("<tr><td><a href=\"#")
			.append(id(index))
			.append("\">")
			.append(esc(d.department()))
			.append("</a></td>");
		for (String column : List.of("expenditure_total_yuan", "basic_yuan", "project_yuan", "three_public_yuan")) {
			html.append(amount(d, column));
		}
		html.append(count(d.errors())).append(count(d.warnings())).append(count(d.infos())).append("</tr>");
	}

	static void tableEnd(StringBuilder html) {
		html.append("</tbody></table>");
	}

	/**
	 * One section per department of a page of the table's departments (the first being
	 * its {@code first}-th), with its narrative reports and findings (each looked up by
	 * the department's name).
	 */
	static void sections(StringBuilder html, int first, List<DepartmentLine> departments,
			Map<String, List<FindingRow>> findings, Map<String, List<Map<String, Object>>> narratives, Writer out)
			throws IOException {
		for (int i = 0; i < departments.size(); i++) {
			flushIfLong(html, out);
			DepartmentLine d = departments.get(i);
			html.append("<section id=\"")
				.append(id(first + i))
				.append("\"><h3>")
				.append(esc(d.department()))
				.append("</h3>");
			html.append("<p>本年支出合计 ")
				.append(wan(d.amount("expenditure_total_yuan")))
				.append(" 万元；错误 ")
				.append(d.errors())
				.append("，警告 ")
				.append(d.warnings())
				.append("，提示 ")
				.append(d.infos())
				.append("</p>");
			narratives.getOrDefault(d.department(), List.of()).forEach(n -> narrative(html, n));
			findings(html, findings.getOrDefault(d.department(), List.of()));
			html.append("</section>");
		}
	}

	/** A province's report is written as it grows, not held whole. */
	static void flushIfLong(StringBuilder html, Writer out) throws IOException {
		if (html.length() > FLUSH_CHARS) {
			out.write(html.toString());
			html.setLength(0);
		}
	}

	private static void narrative(StringBuilder html, Map<String, Object> n) {
		html.append("<p>编制说明 ")
			.append(esc(n.get("source_file")))
			.append("（")
			.append(esc(n.get("part")))
			.append("）：")
			.append(esc(n.get("figures_found")))
			.append(" 个数字，")
			.append(esc(n.get("claims")))
			.append(" 条陈述：相符 ")
			.append(esc(n.get("matched")))
			.append("（含舍入 ")
			.append(esc(n.get("rounding")))
			.append("），不符 ")
			.append(esc(n.get("mismatched")))
			.append("，无对应 ")
			.append(esc(n.get("unmatched")))
			.append("</p>");
	}

	private static void findings(StringBuilder html, List<FindingRow> rows) {
		if (rows.isEmpty()) {
			html.append("<p>无审核发现。</p>");
			return;
		}
		html.append("<table><tr><th>级别</th><th>规则</th><th>说明</th><th>单元格</th><th>编制说明原文</th><th>出错说明</th></tr>");
		for (FindingRow r : rows) {
			html.append("<tr><td class=\"")
				.append(esc(r.severity().name()))
				.append("\">")
				.append(esc(r.severity().name()))
				.append("</td><td>")
				.append(esc(r.ruleId()))
				.append("</td><td>")
				.append(esc(r.message()))
				.append("</td><td>")
				.append(esc(r.location()))
				.append("</td><td>")
				.append(esc(r.narrativeQuote()))
				.append("</td><td>")
				.append(esc(r.explanation()))
				.append("</td></tr>");
		}
		html.append("</table>");
	}

	private static String amount(DepartmentLine d, String column) {
		java.math.BigDecimal value = d.amount(column);
		return "<td class=\"n\" data-v=\"" + (value == null ? "" : value.toPlainString()) + "\">" + wan(value)
				+ "</td>";
	}

	private static String count(int n) {
		return "<td class=\"n\">" + n + "</td>";
	}

}
