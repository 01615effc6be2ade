package org.juesuan.etl.narrative;

import java.util.List;
import java.util.Optional;

/**
 * Which part of a narrative explains the tables (情况说明): the first part whose heading
 * holds the template set's first word, else its second… ({@code 决算情况说明} before a bare
 * {@code 情况说明}, so a 第一部分 "基本情况说明" does not win; {@code 第二部分 …决算情况说明} in Sichuan's
 * template, {@code 第三部分 …部门决算情况说明} in the national one). A narrative without such a
 * heading is taken whole but for its 名词解释 and 附件.
 */
final class ExplanatoryPart {

	private ExplanatoryPart() {
	}

	/**
	 * The part's name (e.g. {@code 第三部分}), or the empty string when the whole narrative
	 * counts.
	 */
	static String find(List<Block> blocks, List<String> headingWords) {
		for (String word : headingWords) {
			Optional<String> part = blocks.stream()
				.filter(b -> !b.part().isEmpty() && b.partTitle().contains(word))
				.map(Block::part)
				.findFirst();
			if (part.isPresent()) {
				return part.get();
			}
		}
		return "";
	}

	static boolean holds(String part, Block block) {
		return part.isEmpty() ? explains(block.section()) && !block.partTitle().contains("名词解释")
				: part.equals(block.part());
	}

	/**
	 * Without a 情况说明 part, what a section of the whole text counts: all but the 附件 and
	 * the 名词解释.
	 */
	static boolean explains(String section) {
		return !section.startsWith("附件") && !section.contains("名词解释");
	}

}
