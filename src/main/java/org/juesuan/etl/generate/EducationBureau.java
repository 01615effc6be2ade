package org.juesuan.etl.generate;

import static org.juesuan.etl.generate.FundSource.BUSINESS;
import static org.juesuan.etl.generate.FundSource.GENERAL;
import static org.juesuan.etl.generate.FundSource.OTHER;
import static org.juesuan.etl.generate.FundSource.SUPERIOR;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.juesuan.etl.generate.LayoutOptions.*;

/**
 * 攀枝花市东区教育和体育局 (invented): a 行政 department with two subordinate 事业单位, 上级补助/事业/其他收入
 * besides the general fund, opening and closing balances, non-zero 三公 including a car
 * purchase.
 */
final class EducationBureau {

	static final String NAME = "攀枝花市东区教育和体育局";

	private EducationBureau() {
	}

	static DepartmentData data() {
		return DepartmentData.builder(NAME, 2024)
			.basic("2050101", "30101", "1234560.00", "30102", "987650.00", "30103", "456780.00", "30107", "321000.00",
					"30201", "45600.00", "30211", "23400.00", "30217", "8650.00", "30228", "34500.00", "30231",
					"42300.00", "30239", "56000.00", "30299", "12000.00", "31002", "28500.00")
			.basic("2050201", "30101", "2345678.90", "30102", "1111111.11", "30107", "876543.21", "30201", "66000.00",
					"30205", "23456.78", "30206", "45678.90")
			.basic("2050202", "30101", "5678901.23", "30102", "2345678.00", "30107", "2100000.00", "30206", "120000.00",
					"30209", "230000.00")
			.basic("2050203", "30101", "4321000.00", "30102", "1876543.00", "30107", "1500000.00", "30206", "98765.43")
			.basic("2080501", "30302", "345678.00", "30305", "23000.00")
			.basic("2080502", "30302", "1234567.00")
			.basic("2080505", "30108", "1987654.32")
			.basic("2080506", "30109", "765432.10")
			.basic("2080801", "30304", "120000.00")
			.basic("2101101", "30110", "345678.90")
			.basic("2101102", "30110", "987654.32")
			.basic("2101103", "30111", "234567.89")
			.basic("2210201", "30113", "1456789.01")
			.basic("2210203", "30399", "156000.00")
			.project("2019999", "30299", "45000.00")
			.project("2050102", "30215", "35000.00", "30216", "58000.00", "30227", "120000.00", "31013", "175600.00")
			.project("2050201", "31002", "180000.00", "30213", "260000.00")
			.project("2050202", "31003", "450000.00", "30218", "89000.00")
			.project("2050203", "30227", "300000.00")
			.project("2050803", "30216", "156789.00")
			.project("2070308", "30227", "210000.00", "30215", "12345.67")
			.spend("2050202", SUPERIOR, SpendingKind.PROJECT, "30218", "300000.00")
			.spend("2050201", BUSINESS, SpendingKind.BASIC, "30226", "800000.00", "30229", "50000.00")
			.spend("2070307", OTHER, SpendingKind.BASIC, "30209", "65432.10")
			.incomeDelta("2050102", GENERAL, "287000.00")
			.incomeDelta("2050202", GENERAL, "-150000.00")
			.incomeDelta("2050201", BUSINESS, "120000.00")
			.incomeDelta("2070307", OTHER, "4567.90")
			.opening("2050202", GENERAL, "1234567.89")
			.opening("2050201", BUSINESS, "456789.00")
			.opening("2050202", SUPERIOR, "50000.00")
			.adjustedBudget("2050102", "500000.00")
			.adjustedBudget("2050202", "11200000.00")
			.adjustedBudget("2070308", "250000.00")
			.threePublic(ThreePublic.of("0", "180000.00", "50000.00", "12000.00"),
					ThreePublic.of("0", "175600.00", "42300.00", "8650.00"))
			.facts(facts())
			.build();
	}

	private static NarrativeFacts facts() {
		return new NarrativeFacts(List.of("贯彻执行国家和省市教育、体育工作的方针政策和法律法规，拟订全区教育和体育发展规划并组织实施。",
				"负责全区学前教育、义务教育的统筹管理，指导学校教育教学改革。", "负责全区群众体育工作，推行全民健身计划，管理区属体育场馆。"),
				List.of(NAME, "攀枝花市东区第一幼儿园", "攀枝花市东区体育运动中心"), 1, 0, 2,
				new NarrativeFacts.PriorYear(
						new BigDecimal("41235678.90"), new BigDecimal("39123456.78"), new BigDecimal("38876543.21"),
						ThreePublic.of("0", "0", "46800.00", "10200.00"), BigDecimal.ZERO, new BigDecimal("238900.00")),
				Set.of("2050101"),
				new NarrativeFacts.Procurement(new BigDecimal("805600.00"), new BigDecimal("260000.00"),
						new BigDecimal("630000.00"), new BigDecimal("1420000.00"), new BigDecimal("1130000.00")),
				3, 12, 86);
	}

	/**
	 * 13 .xls files (Sheet1), 元, split codes, 行次, all classes in T1/T4; text amounts or
	 * formula totals by table.
	 */
	static PackageLayout layout() {
		LayoutOptions base = LayoutOptions.DEFAULT.withFormat(Format.XLS)
			.withSheetNaming(SheetNaming.SHEET_N)
			.withUnit(PublishedUnit.YUAN)
			.withDepartmentLine(DepartmentLine.DANWEI_MINGCHENG)
			.withTitlePrefix(TitlePrefix.YEAR)
			.withCodeColumns(CodeColumns.SPLIT)
			.withLineNumbers(true)
			.withAllClasses(true)
			.withT8Panels(T8Panels.THREE)
			.withT13Order(T13Order.GROUPED)
			.withHeaderVariants(HeaderVariant.T13_SHORT_CAR_LABELS, HeaderVariant.LONG_CODE_HEADER);
		LayoutOptions text = base.withAmountStyle(AmountStyle.TEXT);
		LayoutOptions formulas = base.withFormulaTotals(true);
		PackageLayout layout = PackageLayout.filePerTable(base);
		for (int table : List.of(2, 3, 7, 9)) {
			layout = layout.withOverride(table, text);
		}
		for (int table : List.of(1, 4, 8, 13)) {
			layout = layout.withOverride(table, formulas);
		}
		return layout.withOverride(6, formulas.withTotalRow(TotalRow.LAST)
			.withHeaderVariants(HeaderVariant.T6_SUBTOTAL_GROUP, HeaderVariant.LONG_CODE_HEADER));
	}

}
