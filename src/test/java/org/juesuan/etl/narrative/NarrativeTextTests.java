package org.juesuan.etl.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction repair: words cut by breaks, stray spaces, full-width characters, page
 * numbers, headings.
 */
class NarrativeTextTests {

	@TempDir
	Path dir;

	@Test
	void aWordCutByABlankLineIsJoined() {
		List<String> paragraphs = NarrativeText.paragraphs("集中办\n\n公区专项维修经费专项预算项目绩效自评得分为 91 分。");
		assertThat(paragraphs).containsExactly("集中办公区专项维修经费专项预算项目绩效自评得分为 91 分。");
	}

	@Test
	void aQuoteClosedMidSentenceRunsOnButAQuotedSentenceEnds() {
		List<String> paragraphs = NarrativeText.paragraphs("""
				公务接待费支出决算为 2.67 万元，完成预算的 107.66%。2024 年度“三公”
				经费支出决算数小于预算数的主要原因：厉行节约。
				按照《中华人民共和国预算法》
				规定公开。
				他说：“厉行节约。”
				二是严格执行。
				""");
		assertThat(paragraphs).containsExactly("公务接待费支出决算为 2.67 万元，完成预算的 107.66%。2024 年度“三公”经费支出决算数小于预算数的主要原因：厉行节约。",
				"按照《中华人民共和国预算法》规定公开。", "他说：“厉行节约。”", "二是严格执行。");
	}

	@Test
	void sentenceEndsHeadingsAndNumberedItemsKeepTheirBreaks() {
		List<String> paragraphs = NarrativeText.paragraphs("""
				二、机构设置
				攀枝花市东区电子政务建设服务中心下属二级预算单位 1 个。
				其中：
				1.一般公共服务（类）网信事务（款）行政运行（项）：支出决算为 125.55 万元
				2.住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为 13.61 万元
				""");
		assertThat(paragraphs).hasSize(5);
	}

	@Test
	void straySpacesAndFullWidthCharactersAreNormalised() {
		assertThat(NarrativeText.paragraphs("因 公 出 国 （ 境 ） 费 用 ４１２．５ 万元，占 ５０％; 合计:2,946.25 万元"))
			.containsExactly("因公出国（境）费用 412.5 万元，占 50%；合计：2,946.25 万元");
	}

	@Test
	void barePageNumbersAreDropped() {
		assertThat(NarrativeText.paragraphs("本年支出合计 411.91 万元，其中基本\n- 3 -\n第 4 页\n5\n支出 199.81 万元。"))
			.containsExactly("本年支出合计 411.91 万元，其中基本支出 199.81 万元。");
	}

	@Test
	void gbkIsDetectedWhenTheBytesAreNotUtf8() throws Exception {
		Path file = dir.resolve("gbk.txt");
		Files.write(file, "一般公共预算财政拨款收入 411.91 万元。".getBytes("GBK"));
		assertThat(NarrativeText.paragraphs(file)).containsExactly("一般公共预算财政拨款收入 411.91 万元。");
	}

	@Test
	void anUnknownFormatIsNamed() throws Exception {
		Path file = Files.writeString(dir.resolve("说明.doc"), "x");
		assertThatThrownBy(() -> NarrativeText.paragraphs(file)).hasMessageContaining("说明.doc")
			.hasMessageContaining("unsupported");
	}

}
