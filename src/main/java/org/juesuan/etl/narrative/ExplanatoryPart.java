package org.juesuan.etl.narrative;

import java.util.List;

/**
 * Which part of a narrative explains the tables (情况说明): the first part whose heading holds one of the template
 * set's words ({@code 第二部分 …决算情况说明} in Sichuan's template, {@code 第三部分 …部门决算情况说明} in the national
 * one). A narrative without such a heading is taken whole.
 */
final class ExplanatoryPart {

	private ExplanatoryPart() {
	}

	/** The part's name (e.g. {@code 第三部分}), or the empty string when the whole narrative counts. */
	static String find(List<Block> blocks, List<String> headingWords) {
		return blocks.stream().filter(b -> !b.part().isEmpty() && headingWords.stream().anyMatch(b.partTitle()::contains))
				.map(Block::part).findFirst().orElse("");
	}

	static boolean holds(String part, Block block) {
		return part.isEmpty() || part.equals(block.part());
	}
}
