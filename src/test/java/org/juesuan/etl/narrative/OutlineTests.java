package org.juesuan.etl.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Parts, sections, sub-sections and 附件 of the seed; the table of contents and captions
 * left out.
 */
class OutlineTests {

	private final List<Block> blocks = Outline.blocks(NarrativeText.paragraphs(Seed.file()));

	@Test
	void partTwoHasTheTenSectionsOfTheTemplate() {
		assertThat(blocks.stream()
			.filter(b -> b.part().equals("第二部分"))
			.map(b -> b.section().split("/")[0])
			.distinct()
			.toList()).containsExactly("一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明", "四、财政拨款收入支出决算总体情况说明",
					"五、一般公共预算财政拨款支出决算情况说明", "六、一般公共预算财政拨款基本支出决算情况说明", "七、财政拨款“三公”经费支出决算情况说明", "八、政府性基金预算支出决算情况说明",
					"九、国有资本经营预算支出决算情况说明", "十、其他重要事项的情况说明");
	}

	@Test
	void subSectionsAndAnnexesAreNamed() {
		assertThat(blocks).extracting(Block::section).contains("五、一般公共预算财政拨款支出决算情况说明/（三）", "附件1", "附件2");
		assertThat(blocks.stream().filter(b -> b.section().equals("附件2")).map(Block::topic).distinct().toList())
			.containsExactly("电子政务建设及安全运维费", "东区视频会议控制室升级改造", "集中办公区专项维修经费");
	}

	@Test
	void tableOfContentsAndCaptionsAreNoBodyText() {
		assertThat(blocks).extracting(Block::text)
			.noneMatch(t -> t.contains("....."))
			.noneMatch(t -> t.startsWith("（图"))
			.noneMatch(t -> t.startsWith("单位："));
		assertThat(blocks).filteredOn(b -> b.part().equals("第一部分"))
			.first()
			.extracting(Block::text)
			.asString()
			.startsWith("（1）贯彻执行");
	}

	@Test
	void sentencesSplitOnStopsAndNumberedItems() {
		assertThat(Sentences
			.split("2024 年度本年支出合计 411.91 万元，其中：基本支出 199.81 万元，占 48.5%；项目支出 212.1 万元。其中：1.行政运行（项）：125.55 万元"))
			.containsExactly("2024 年度本年支出合计 411.91 万元，其中：基本支出 199.81 万元，占 48.5%；", "项目支出 212.1 万元。", "其中：",
					"1.行政运行（项）：125.55 万元");
	}

}
