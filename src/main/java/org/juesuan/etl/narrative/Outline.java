package org.juesuan.etl.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Segments repaired paragraphs into the template's outline: 第一部分…第五部分; in each part the
 * sections 一、… with sub-sections （一）…; in 第四部分 附件 1, 附件 2 … and the reports inside them.
 * The table of contents (目录 up to the second appearance of its first part heading),
 * leader lines and figure captions are left out; headings themselves are not body
 * paragraphs.
 */
final class Outline {

	private static final Pattern CAPTION = Pattern.compile("^（?图\\s*\\d+|^单位：");

	/**
	 * How a part's heading ends (…情况说明, …概况, 名词解释, 附件, 附表): a heading without it may go
	 * on on the next line ("…决算情况" + "说明").
	 */
	private static final Pattern PART_TITLE_END = Pattern.compile("(说明|概况|解释|附件|附表|决算表|报告)$");

	private String part = "";

	private String partTitle = "";

	private boolean afterPartHeading;

	private String section = "";

	private String subsection = "";

	private String topic;

	private Outline() {
	}

	static List<Block> blocks(List<String> paragraphs) {
		return new Outline().segment(paragraphs);
	}

	private List<Block> segment(List<String> paragraphs) {
		int[] toc = TableOfContents.range(paragraphs);
		List<Block> blocks = new ArrayList<>();
		for (int i = 0; i < paragraphs.size(); i++) {
			String text = paragraphs.get(i);
			boolean skipped = (i >= toc[0] && i < toc[1]) || Headings.isLeaderLine(text)
					|| CAPTION.matcher(text).find();
			if (skipped) {
				afterPartHeading = false;
			}
			else if (!heading(text)) {
				String place = subsection.isEmpty() ? section : section + "/" + subsection;
				blocks.add(new Block(i, part, partTitle, place, topic, text));
			}
		}
		return blocks;
	}

	private boolean heading(String text) {
		boolean continuation = continuesPartHeading(text);
		afterPartHeading = false;
		Matcher m;
		if (continuation) {
			partTitle += text.replace(" ", "");
		}
		else if ((m = Headings.match(Headings.PART, text)) != null) {
			enter("第" + m.group(1) + "部分", "", null);
			partTitle = m.group(2).replace(" ", "");
			afterPartHeading = true;
		}
		else if ((m = Headings.match(Headings.ANNEX, text)) != null) {
			enter(part, "附件" + m.group(1), reportTopic(m.group(2)));
		}
		else if ((m = Headings.match(Headings.REPORT, text)) != null && section.startsWith("附件")) {
			topic = reportTopic(text);
		}
		else if (section.startsWith("附件")) {
			return Headings.match(Headings.SECTION, text) != null || Headings.match(Headings.SUBSECTION, text) != null;
		}
		else if ((m = Headings.match(Headings.SECTION, text)) != null) {
			enter(part, text.replace(" ", ""), null);
		}
		else if ((m = Headings.match(Headings.SUBSECTION, text)) != null) {
			subsection = "（" + m.group(1) + "）";
		}
		else {
			return false;
		}
		return true;
	}

	/** A part heading broken over two lines: "第三部分 XX局 2024 年度部门" + "决算情况说明". */
	private boolean continuesPartHeading(String text) {
		return afterPartHeading && !PART_TITLE_END.matcher(partTitle).find() && PART_TITLE_END.matcher(text).find()
				&& text.length() <= 20 && !text.matches(".*[。；，：\\d].*") && !Headings.startsItem(text);
	}

	private void enter(String newPart, String newSection, String newTopic) {
		part = newPart;
		section = newSection;
		subsection = "";
		topic = newTopic;
	}

	/** "2024 年东区视频会议控制室升级改造 专项预算项目绩效评价报告" → "东区视频会议控制室升级改造"; else 部门整体. */
	static String reportTopic(String title) {
		Matcher m = Headings.match(Headings.REPORT, title.strip());
		if (m == null) {
			return null;
		}
		boolean project = m.group(3) != null && m.group(3).contains("项目");
		return project ? m.group(2).strip() : "部门整体";
	}

}
