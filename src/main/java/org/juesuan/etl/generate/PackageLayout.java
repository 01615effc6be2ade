package org.juesuan.etl.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How a department's 13 tables are spread over files: the workbooks (each a list of
 * tables in sheet order), the options for each table, whether the first workbook starts
 * with 封面 and 目录 sheets, and file naming.
 *
 * @param workbooks table numbers per workbook, in sheet order; together exactly 1–13
 * @param defaults options for every table without an override; its format is the files'
 * format
 * @param overrides options per table number (same format as the defaults)
 * @param coverSheets whether the first workbook begins with a 封面 and a 目录 sheet
 * @param fileNaming how the files are named
 */
public record PackageLayout(List<List<Integer>> workbooks, LayoutOptions defaults,
		Map<Integer, LayoutOptions> overrides, boolean coverSheets, FileNaming fileNaming) {

	/**
	 * File naming: package ("<部门>2024年度部门决算公开表"), per table ("公开01表 收入支出决算总表"), or
	 * ranges.
	 */
	public enum FileNaming {

		PACKAGE, TABLE, RANGE

	}

	public PackageLayout {
		workbooks = workbooks.stream().map(List::copyOf).toList();
		overrides = Map.copyOf(overrides);
		List<Integer> all = workbooks.stream().flatMap(List::stream).sorted().toList();
		if (!all.equals(IntStream.rangeClosed(1, 13).boxed().toList())) {
			throw new IllegalArgumentException("workbooks must hold tables 1–13 exactly once: " + workbooks);
		}
		if (overrides.values().stream().anyMatch(o -> o.format() != defaults.format())) {
			throw new IllegalArgumentException("all tables must share the files' format");
		}
	}

	/** One workbook with the 13 tables in the given order. */
	public static PackageLayout singleWorkbook(LayoutOptions options, List<Integer> order, boolean coverSheets) {
		return new PackageLayout(List.of(order), options, Map.of(), coverSheets, FileNaming.PACKAGE);
	}

	/** One workbook with the 13 tables in order 1–13. */
	public static PackageLayout singleWorkbook(LayoutOptions options) {
		return singleWorkbook(options, IntStream.rangeClosed(1, 13).boxed().toList(), false);
	}

	/** One file per table. */
	public static PackageLayout filePerTable(LayoutOptions options) {
		return new PackageLayout(IntStream.rangeClosed(1, 13).mapToObj(List::of).toList(), options, Map.of(), false,
				FileNaming.TABLE);
	}

	/** Several workbooks, e.g. T1–T6 and T7–T13. */
	public static PackageLayout split(LayoutOptions options, List<List<Integer>> workbooks) {
		return new PackageLayout(workbooks, options, Map.of(), false, FileNaming.RANGE);
	}

	/** The same layout with different options for one table. */
	public PackageLayout withOverride(int tableNo, LayoutOptions options) {
		Map<Integer, LayoutOptions> copy = new HashMap<>(overrides);
		copy.put(tableNo, options);
		return new PackageLayout(workbooks, defaults, copy, coverSheets, fileNaming);
	}

	/** The options for a table. */
	public LayoutOptions optionsFor(int tableNo) {
		return overrides.getOrDefault(tableNo, defaults);
	}
}
