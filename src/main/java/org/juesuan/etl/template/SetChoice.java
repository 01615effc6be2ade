package org.juesuan.etl.template;

import java.util.List;
import java.util.Optional;

/**
 * The template set a package is read with, and why.
 *
 * @param set the set
 * @param recognised how many of the set's tables the package's sheets were recognised as
 * @param score the sum of those recognitions' scores
 * @param evidence a short account for the run summary, e.g. {@code 识别出 9/9 张表}
 * @param recognitions what each sheet, in the order given, was recognised as by the
 * chosen set (empty: none of its tables), so the sheets are not recognised a second time
 * to be read
 */
public record SetChoice(TemplateSet set, int recognised, double score, String evidence,
		List<Optional<Recognition>> recognitions) {

	public SetChoice {
		recognitions = List.copyOf(recognitions);
	}
}
