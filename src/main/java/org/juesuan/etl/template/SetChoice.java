package org.juesuan.etl.template;

/**
 * The template set a package is read with, and why.
 *
 * @param set the set
 * @param recognised how many of the set's tables the package's sheets were recognised as
 * @param score the sum of those recognitions' scores
 * @param evidence a short account for the run summary, e.g. {@code 识别出 9/9 张表}
 */
public record SetChoice(TemplateSet set, int recognised, double score, String evidence) {
}
