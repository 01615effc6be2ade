package org.juesuan.etl.narrative;

import java.util.List;

import org.juesuan.etl.model.Claim;

/**
 * What was read from one 编制说明.
 *
 * @param paragraphs the repaired paragraphs, in order (claims' {@code paragraph} indexes
 * them)
 * @param department the department named in the title (or given by the caller), null if
 * unknown
 * @param year the fiscal year named in the title, null if unknown
 * @param part the part that explains the tables (e.g. {@code 第三部分}), empty when the whole
 * text counts
 * @param partHeading that part's heading after its number (e.g.
 * {@code XX局2024年度部门决算情况说明}), or empty
 * @param passages the body paragraphs of every part (the table of contents and headings
 * left out)
 * @param claims every figure stated, in text order
 * @param report how completely that part was read
 */
public record NarrativeResult(List<String> paragraphs, String department, Integer year, String part, String partHeading,
		List<Passage> passages, List<Claim> claims, ExtractionReport report) {

	public NarrativeResult {
		paragraphs = List.copyOf(paragraphs);
		claims = List.copyOf(claims);
		passages = List.copyOf(passages);
	}

	/** True for a claim of the part that explains the tables. */
	public boolean explains(Claim claim) {
		return part.isEmpty() ? ExplanatoryPart.explains(claim.section()) : part.equals(claim.part());
	}

	/** The body paragraphs of the part that explains the tables. */
	public List<Passage> explanatoryPassages() {
		return passages.stream()
			.filter(p -> part.isEmpty() ? ExplanatoryPart.explains(p.section()) : part.equals(p.part()))
			.toList();
	}

	/** The claims of one section, e.g. {@code 三、支出决算情况说明} (sub-sections included). */
	public List<Claim> claimsIn(String section) {
		return claims.stream()
			.filter(c -> c.section().equals(section) || c.section().startsWith(section + "/"))
			.toList();
	}
}
