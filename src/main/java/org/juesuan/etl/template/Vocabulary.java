package org.juesuan.etl.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a template set uses around its tables: structural headers (code, label and 行次
 * columns), total labels, footnote prefixes, placeholders, the department line and the
 * unit line, and the functional class names by which T1/T4 class rows are given codes.
 * All texts are normalised.
 */
public record Vocabulary(Set<String> codeHeaders, Set<String> codeParts, Set<String> labelHeaders,
		Set<String> rowNumberHeaders, Set<String> columnNumberLabels, Set<String> totalLabels,
		List<String> footnotePrefixes, Set<String> placeholders, List<String> departmentPrefixes,
		List<Pattern> unitPatterns, Pattern unknownUnitPattern, Set<String> ignoredHeaders, String defaultUnit,
		Map<String, String> functionalClassCodes) {

	public Vocabulary {
		codeHeaders = Set.copyOf(codeHeaders);
		codeParts = Set.copyOf(codeParts);
		labelHeaders = Set.copyOf(labelHeaders);
		rowNumberHeaders = Set.copyOf(rowNumberHeaders);
		columnNumberLabels = Set.copyOf(columnNumberLabels);
		totalLabels = Set.copyOf(totalLabels);
		footnotePrefixes = List.copyOf(footnotePrefixes);
		placeholders = Set.copyOf(placeholders);
		departmentPrefixes = List.copyOf(departmentPrefixes);
		unitPatterns = List.copyOf(unitPatterns);
		ignoredHeaders = Set.copyOf(ignoredHeaders);
		functionalClassCodes = Map.copyOf(functionalClassCodes);
	}

	/** True for a header word of a code, label, 行次 or 栏次 column. */
	public boolean isStructural(String normalized) {
		return codeHeaders.contains(normalized) || codeParts.contains(normalized) || labelHeaders.contains(normalized)
				|| rowNumberHeaders.contains(normalized) || columnNumberLabels.contains(normalized);
	}

	/** The 类 code of a functional class row label such as {@code 一、一般公共服务支出}. */
	public Optional<String> functionalClassCode(String label) {
		return Optional.ofNullable(functionalClassCodes.get(Text.label(label)));
	}

	/** True when the normalised text starts a footnote (注：, 说明：…). */
	public boolean isFootnote(String normalized) {
		return footnotePrefixes.stream().anyMatch(normalized::startsWith);
	}
}
