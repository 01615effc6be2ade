package org.juesuan.etl.narrative.check;

import java.util.List;

import org.juesuan.etl.model.CheckedClaim;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.store.NarrativeCounts;

/**
 * What checking one narrative against its department's tables gave: the claims with their
 * status, findings, counts.
 */
public record NarrativeCheck(List<CheckedClaim> claims, List<Finding> findings, NarrativeCounts counts) {

	public NarrativeCheck {
		claims = List.copyOf(claims);
		findings = List.copyOf(findings);
	}
}
