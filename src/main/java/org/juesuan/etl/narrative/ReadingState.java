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

	/**
	 * The item style of the paragraph that opened the carried list ("2、…主要用于："): the next
	 * item of that style ("3、") is its sibling, not one of its items.
	 */
	private String carriedStyle;

	private String paragraphStyle;

	/** The list carried before the item's own opened, back when its sibling comes. */
	private String outerParent;

	private String outerStyle;

	boolean introAtEnd;

	boolean changeAmountSeen;

	private boolean sentenceClosed;

	/**
	 * The list total of a paragraph that ended on a ； inside its list ("…占 6.3%；" +
	 * "卫生健康支出 17.95，占 1.8%；…"): the list goes on in the next paragraph until a sentence
	 * ends.
	 */
	private String continuedParent;

	private boolean lastSentenceGoesOn;

	private int currentParagraph = -1;

	private String section;

	/**
	 * Resets on a new section; a new paragraph starts with the list total carried (or
	 * continued from a paragraph ended by a ；), unless it is the next item beside the one
	 * that opened the list.
	 */
	void enter(Block block) {
		paragraphStyle = Headings.itemStyle(block.text());
		if (!block.section().equals(section)) {
			section = block.section();
			current = List.of();
			carriedParent = null;
			carriedStyle = null;
			outerParent = null;
			outerStyle = null;
			continuedParent = null;
		}
		if (carriedParent != null && paragraphStyle != null && paragraphStyle.equals(carriedStyle)) {
			carriedParent = outerParent;
			carriedStyle = outerStyle;
			outerParent = null;
			outerStyle = null;
		}
		listParent = continuedParent != null ? continuedParent : carriedParent;
		continuedParent = null;
		sentenceClosed = false;
		lastSentenceGoesOn = false;
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
		lastSentenceGoesOn = sentence.endsWith("；");
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
		continuedParent = !introAtEnd && lastSentenceGoesOn ? listParent : null;
		if (introAtEnd) {
			if (paragraphStyle != null && !paragraphStyle.equals(carriedStyle)) {
				outerParent = carriedParent;
				outerStyle = carriedStyle;
			}
			carriedParent = listParent;
			carriedStyle = paragraphStyle;
		}
	}

	String firstSubject() {
		return current.isEmpty() ? null : current.get(0).name();
	}

}
