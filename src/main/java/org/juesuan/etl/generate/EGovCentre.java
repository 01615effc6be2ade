package org.juesuan.etl.generate;

import java.util.List;

import org.juesuan.etl.generate.LayoutOptions.ZeroStyle;

/**
 * 攀枝花市东区电子政务建设服务中心, 2024, rebuilt from its real 编制说明. The narrative's own inconsistencies
 * (卫生健康 13.14 vs 7.45+1.02+4.66; 基本支出 199.81 vs 183.79+16.01; 公用经费 items summing to
 * 16.02) are resolved with yuan amounts that make every published figure round to what
 * the narrative states while all identities hold in 元: e.g. 2101101 74,500 + 2101102
 * 10,230 + 2101103 46,640 = 131,370 元 → 13.14 万元.
 */
final class EGovCentre {

	static final String NAME = "攀枝花市东区电子政务建设服务中心";

	/** Sheet order of the published workbook (after 封面 and 目录). */
	static final List<Integer> SHEET_ORDER = List.of(3, 1, 7, 2, 13, 5, 9, 4, 12, 6, 11, 8, 10);

	private EGovCentre() {
	}

	static DepartmentData data() {
		return DepartmentData.builder(NAME, 2024)
			.basic("2013701", "30101", "325710", "30102", "324510", "30103", "384370", "30107", "20510", "30112",
					"2400", "30199", "37910", "30201", "29990", "30205", "2490", "30207", "6990", "30211", "15490",
					"30228", "22990", "30239", "70190", "30299", "11990")
			.basic("2013750", "30101", "40000", "30102", "38000", "30103", "50240", "30107", "20000")
			.basic("2080505", "30108", "164370")
			.basic("2080506", "30109", "162490")
			.basic("2101101", "30110", "74500")
			.basic("2101102", "30110", "10230")
			.basic("2101103", "30111", "46640")
			.basic("2210201", "30113", "136060")
			.project("2013703", "30213", "16000")
			.project("2013704", "30206", "70000", "30213", "130000", "30214", "376900", "31002", "100000", "31003",
					"225600", "30227", "1202560")
			.opening("2013701", FundSource.GENERAL, "800")
			.build();
	}

	/**
	 * One .xlsx, shuffled 公开NN表 sheets after 封面 and 目录, 万元, T8 with the full template
	 * list.
	 */
	static PackageLayout layout() {
		LayoutOptions options = LayoutOptions.DEFAULT.withZeroStyle(ZeroStyle.BLANK).withFullEconomicList(true);
		return PackageLayout.singleWorkbook(options, SHEET_ORDER, true)
			.withOverride(13, options.withZeroStyle(ZeroStyle.ZERO));
	}

}
