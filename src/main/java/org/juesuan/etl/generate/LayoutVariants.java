package org.juesuan.etl.generate;

import java.util.List;

import org.juesuan.etl.generate.LayoutOptions.*;

/**
 * The layout variants every renderer is exercised in: one switch at a time from
 * {@link LayoutOptions#DEFAULT}, then two combinations of many. Shared by the renderer
 * tests and the parser's variant tests.
 */
public final class LayoutVariants {

	private LayoutVariants() {
	}

	public static List<LayoutOptions> all() {
		LayoutOptions d = LayoutOptions.DEFAULT;
		return List.of(d, d.withLabelStyle(LabelStyle.BIAO), d.withLabelStyle(LabelStyle.NONE),
				d.withSheetNaming(SheetNaming.GK), d.withSheetNaming(SheetNaming.TITLE),
				d.withSheetNaming(SheetNaming.SHEET_N), d.withDepartmentLine(DepartmentLine.BIANZHI_DANWEI),
				d.withDepartmentLine(DepartmentLine.DANWEI_MINGCHENG), d.withUnitWording(UnitWording.DANWEI),
				d.withUnit(PublishedUnit.YUAN), d.withTitlePrefix(TitlePrefix.YEAR),
				d.withTitlePrefix(TitlePrefix.DEPARTMENT_AND_YEAR), d.withCodeColumns(CodeColumns.SPLIT),
				d.withColumnNumbers(false), d.withLineNumbers(true), d.withTotalRow(TotalRow.LAST),
				d.withAmountStyle(AmountStyle.TEXT), d.withAmountStyle(AmountStyle.NUMBER), d.withFormulaTotals(true),
				d.withZeroStyle(ZeroStyle.BLANK), d.withIndentNames(true), d.withT8Panels(T8Panels.THREE),
				d.withT13Order(T13Order.GROUPED), d.withDetailShape(DetailShape.FUNCTIONAL_ROWS),
				d.withFootnotes(false), d.withEmptyStatement(EmptyStatement.IN_TITLE), d.withAllClasses(true),
				d.withFullEconomicList(true), d.withHeaderVariants(HeaderVariant.values()),
				d.withFormulaTotals(true)
					.withZeroStyle(ZeroStyle.BLANK)
					.withCodeColumns(CodeColumns.SPLIT)
					.withTotalRow(TotalRow.LAST)
					.withLineNumbers(true)
					.withAllClasses(true)
					.withT8Panels(T8Panels.THREE)
					.withFullEconomicList(true)
					.withUnit(PublishedUnit.YUAN),
				d.withAmountStyle(AmountStyle.TEXT)
					.withZeroStyle(ZeroStyle.BLANK)
					.withIndentNames(true)
					.withDetailShape(DetailShape.FUNCTIONAL_ROWS)
					.withT13Order(T13Order.GROUPED)
					.withEmptyStatement(EmptyStatement.IN_TITLE));
	}

}
