package org.juesuan.etl.generate;

import java.util.List;

/**
 * Functional codes (类/款/项, 3/5/7 digits) or economic codes (类/款, 3/5 digits) in a coded
 * table.
 */
enum CodeKind {

	FUNCTIONAL(List.of(3, 5, 7), List.of("类", "款", "项"), "支出功能分类科目编码"),
	ECONOMIC(List.of(3, 5), List.of("类", "款"), "经济分类科目编码");

	private final List<Integer> lengths;

	private final List<String> partHeaders;

	private final String longHeader;

	CodeKind(List<Integer> lengths, List<String> partHeaders, String longHeader) {
		this.lengths = lengths;
		this.partHeaders = partHeaders;
		this.longHeader = longHeader;
	}

	List<Integer> lengths() {
		return lengths;
	}

	List<String> partHeaders() {
		return partHeaders;
	}

	/** The code column header. */
	String header(LayoutOptions options) {
		return options.has(LayoutOptions.HeaderVariant.LONG_CODE_HEADER) ? longHeader : "科目编码";
	}

	/** The printed name of a code. */
	String name(String code) {
		return this == FUNCTIONAL ? FunctionalClassification.name(code) : EconomicClassification.name(code);
	}

	/**
	 * The part of a code shown in split column {@code part} (0 = 类), or "" if the code is
	 * shorter.
	 */
	String part(String code, int part) {
		int from = part == 0 ? 0 : lengths.get(part - 1);
		int to = lengths.get(part);
		return code.length() >= to ? code.substring(from, to) : "";
	}

	/** Indentation level: 0 for 类, 1 for 款, 2 for 项. */
	int level(String code) {
		return lengths.indexOf(code.length());
	}

}
