package org.juesuan.etl.narrative;

/**
 * Something in a sentence the reader reacts to, in text order: a figure, a list opener
 * (其中, 主要包括：), a topic colon ("…（项）："), a change word standing without a figure (持平), or
 * a statement comparing the actual with the budget (决算数大于预算数).
 */
record Event(Kind kind, int start, int end, NumberToken token) {

	/** The kinds of event. */
	enum Kind {

		FIGURE, INTRO, TOPIC, FLAT, COMPARE

	}
}
