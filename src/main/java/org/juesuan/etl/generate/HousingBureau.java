package org.juesuan.etl.generate;

import static org.juesuan.etl.generate.FundSource.GENERAL;
import static org.juesuan.etl.generate.FundSource.GOVERNMENT_FUND;
import static org.juesuan.etl.generate.FundSource.OTHER;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.juesuan.etl.generate.LayoutOptions.*;

/**
 * 攀枝花市东区住房和城乡建设局 (invented): general fund plus a non-empty 政府性基金 (212 08 国有土地使用权出让收入
 * 安排的支出), a little 其他收入, 经营收入 printed as "—", opening and closing balances in both funds.
 */
final class HousingBureau {

	static final String NAME = "攀枝花市东区住房和城乡建设局";

	private HousingBureau() {
	}

	static DepartmentData data() {
		return DepartmentData.builder(NAME, 2024)
			.basic("2120101", "30101", "1234567.80", "30102", "876543.21", "30103", "345678.90", "30107", "456789.01",
					"30201", "56789.12", "30205", "12345.67", "30206", "34567.89", "30207", "9876.54", "30211",
					"23456.78", "30217", "9612.30", "30228", "28765.43", "30231", "28736.40", "30299", "15678.90",
					"31002", "18900.00")
			.basic("2080501", "30302", "234567.00")
			.basic("2080505", "30108", "345678.12")
			.basic("2080506", "30109", "138271.25")
			.basic("2101101", "30110", "187654.32")
			.basic("2101103", "30111", "76543.21")
			.basic("2210201", "30113", "259259.26")
			.project("2120102", "30227", "456000.00", "30215", "18765.40", "30216", "23450.00")
			.project("2120104", "30218", "123456.78", "30226", "654321.09")
			.project("2120399", "30213", "1876543.21", "30905", "2345678.90")
			.project("2210105", "30399", "876000.00")
			.spend("2120801", GOVERNMENT_FUND, SpendingKind.PROJECT, "31012", "5678901.23", "31009", "1234567.89")
			.spend("2120803", GOVERNMENT_FUND, SpendingKind.PROJECT, "30905", "3456789.01")
			.spend("2120101", OTHER, SpendingKind.BASIC, "30201", "12000.00")
			.incomeDelta("2120399", GENERAL, "-200000.00")
			.incomeDelta("2120801", GOVERNMENT_FUND, "1500000.00")
			.incomeDelta("2120803", GOVERNMENT_FUND, "-456789.01")
			.incomeDelta("2120101", OTHER, "8765.43")
			.opening("2120399", GENERAL, "654321.00")
			.opening("2120801", GOVERNMENT_FUND, "500000.00")
			.opening("2120803", GOVERNMENT_FUND, "2345678.90")
			.opening("2120101", OTHER, "23456.78")
			.adjustedBudget("2120399", "4500000.00")
			.adjustedBudget("2210105", "900000.00")
			.notApplicable(FundSource.OPERATING)
			.threePublic(ThreePublic.of("0", "0", "35000.00", "12000.00"),
					ThreePublic.of("0", "0", "28736.40", "9612.30"))
			.facts(facts())
			.build();
	}

	private static NarrativeFacts facts() {
		return new NarrativeFacts(
				List.of("贯彻执行国家和省市住房和城乡建设工作的方针政策和法律法规，拟订全区城乡建设发展规划并组织实施。", "负责全区保障性住房、农村危房改造和住房公积金相关管理工作。",
						"负责全区城市基础设施建设、城乡社区公共设施管理和征地拆迁补偿的组织实施。"),
				List.of(NAME), 1, 0, 0,
				new NarrativeFacts.PriorYear(new BigDecimal("21876543.21"), new BigDecimal("21345678.90"),
						new BigDecimal("10234567.89"), ThreePublic.of("0", "0", "31200.00", "11800.00"),
						new BigDecimal("8765432.10"), new BigDecimal("241234.56")),
				Set.of("2120101"),
				new NarrativeFacts.Procurement(new BigDecimal("186500.00"), new BigDecimal("2345678.90"),
						new BigDecimal("456000.00"), new BigDecimal("2650000.00"), new BigDecimal("1980000.00")),
				2, 15, 97);
	}

	/**
	 * Two .xlsx (T1–T6, T7–T13), sheets named by title, department-and-year titles, no
	 * labels, shape A.
	 */
	static PackageLayout layout() {
		LayoutOptions options = LayoutOptions.DEFAULT.withSheetNaming(SheetNaming.TITLE)
			.withLabelStyle(LabelStyle.NONE)
			.withTitlePrefix(TitlePrefix.DEPARTMENT_AND_YEAR)
			.withDepartmentLine(DepartmentLine.BIANZHI_DANWEI)
			.withUnitWording(UnitWording.DANWEI)
			.withDetailShape(DetailShape.FUNCTIONAL_ROWS)
			.withIndentNames(true)
			.withEmptyStatement(EmptyStatement.IN_TITLE)
			.withColumnNumbers(false)
			.withAmountStyle(AmountStyle.NUMBER)
			.withHeaderVariants(HeaderVariant.T1_JUESUANSHU);
		return PackageLayout.split(options, List.of(List.of(1, 2, 3, 4, 5, 6), List.of(7, 8, 9, 10, 11, 12, 13)));
	}

}
