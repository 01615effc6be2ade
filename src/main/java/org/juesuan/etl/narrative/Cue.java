package org.juesuan.etl.narrative;

import org.juesuan.etl.model.ClaimType;
import org.juesuan.etl.model.Direction;

/**
 * What the words before a figure say about it.
 *
 * @param type the claim type they point to
 * @param direction for changes, the direction
 * @param denominator for shares, the whole named after 占 (empty when not named)
 * @param subjectWords the words before the cue, naming the subject (may be empty)
 */
record Cue(ClaimType type, Direction direction, String denominator, String subjectWords) {
}
