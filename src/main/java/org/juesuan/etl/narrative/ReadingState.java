package org.juesuan.etl.narrative;

import java.util.List;

/**
 * What the reader remembers while it goes through a section: the subject(s) of the last
 * figure or topic (for "占 48.5%", "增长 87.3%", "支出决算为"), the total a list's items belong
 * to (after 其中 / 主要包括), and the total carried into the next paragraphs when a paragraph
 * ends by opening a list ("…199.81 万元，其中：").
 */
final class ReadingState {

	List<Subject> current = List.of();

	String listParent;

	String carriedParent;

	boolean introAtEnd;

	boolean changeAmountSeen;

	private boolean sentenceClosed;

	private int currentParagraph = -1;

	private String section;

	/** Resets on a new section; a new paragraph starts with the carried list total. */
	void enter(Block block) {
		if (!block.section().equals(section)) {
			section = block.section();
			current = List.of();
			carriedParent = null;
		}
		listParent = carriedParent;
		sentenceClosed = false;
	}

	/**
	 * A sentence after one ending in 。！？ starts outside the previous sentence's list (a ；
	 * keeps it).
	 */
	void startSentence(String sentence) {
		if (sentenceClosed) {
			listParent = carriedParent;
		}
		sentenceClosed = sentence.endsWith("。") || sentence.endsWith("！") || sentence.endsWith("？");
		introAtEnd = false;
		changeAmountSeen = false;
	}

	void setCurrent(List<Subject> subjects, Block block) {
		current = subjects;
		currentParagraph = block.paragraph();
	}

	boolean isCurrentIn(Block block) {
		return currentParagraph == block.paragraph();
	}

	/**
	 * After a paragraph: a list opened at its very end carries into the next paragraphs.
	 */
	void endParagraph() {
		if (introAtEnd) {
			carriedParent = listParent;
		}
	}

	String firstSubject() {
		return current.isEmpty() ? null : current.get(0).name();
	}

}
