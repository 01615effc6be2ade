package org.juesuan.etl.generate.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A generated 编制说明: its file name and paragraphs. {@link #render} lays the paragraphs out
 * as the department's text (blank line between paragraphs); {@link #fragment} gives the
 * unbroken, space-free text around a paragraph's anchor, which the manifest quotes.
 *
 * @param fileName e.g. {@code 上海市…2024年度部门决算.txt}
 * @param paragraphs in order
 * @param style how the department writes
 */
record Narrative(String fileName, List<Paragraph> paragraphs, NarrativeStyle style) {

	Narrative {
		paragraphs = List.copyOf(paragraphs);
	}

	/** The whole text, UTF-8 ready. */
	String render() {
		TextLayout layout = new TextLayout(style);
		StringBuilder text = new StringBuilder();
		for (Paragraph p : paragraphs) {
			String spaced = layout.spaced(p.text());
			text.append(layout.broken(spaced, TextLayout.fragment(spaced, p.anchor()))).append("\n\n");
		}
		return text.toString();
	}

	/** The quoted fragment of a paragraph's anchor. */
	String fragment(String key) {
		Paragraph p = paragraph(key);
		String spaced = new TextLayout(style).spaced(p.text());
		int[] span = TextLayout.fragment(spaced, p.anchor());
		if (span == null) {
			throw new IllegalStateException("anchor " + p.anchor() + " not in " + spaced);
		}
		return spaced.substring(span[0], span[1]);
	}

	Paragraph paragraph(String key) {
		return paragraphs.stream()
			.filter(p -> p.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no paragraph " + key + " in " + fileName));
	}

	/** A copy with one paragraph replaced. */
	Narrative replace(String key, UnaryOperator<Paragraph> change) {
		List<Paragraph> copy = new ArrayList<>();
		paragraphs.forEach(p -> copy.add(p.key().equals(key) ? change.apply(p) : p));
		return new Narrative(fileName, copy, style);
	}
}
