package org.juesuan.etl.generate;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a table is laid out: every switch a publisher varies, each one honoured by the
 * table renderers. {@link #DEFAULT} is a plain MOF-style sheet; derive variants with the
 * withers.
 *
 * @param format file format of the workbook the table goes into
 * @param labelStyle label printed at the right under the title
 * @param sheetNaming how the sheet is named
 * @param departmentLine wording of the department line
 * @param unitWording wording of the unit line
 * @param unit unit the amounts are published in
 * @param titlePrefix what precedes the table title
 * @param codeColumns one full-code column, or split 类|款|项 (T8: 类|款)
 * @param columnNumbers whether a 栏次 row follows the header
 * @param lineNumbers whether T1 and T4 carry 行次 columns
 * @param totalRow whether the 合计 row of coded tables comes first or last
 * @param amountStyle numeric cells (two formats) or text with thousands separators
 * @param formulaTotals whether total rows are SUM formulas (ignored for text amounts)
 * @param zeroStyle whether a zero is a blank cell or 0.00
 * @param indentNames whether 款 and 项 names carry leading spaces
 * @param t8Panels T8 in two panels (Shanghai) or three (MOF central)
 * @param t13Order T13 columns interleaved (预算/决算 per item) or grouped (all 预算, then all
 * 决算)
 * @param detailShape T5/T7 shape A (functional rows × economic classes) or B (economic
 * rows × 基本/项目)
 * @param footnotes whether the 注：… line is printed under the grid
 * @param emptyStatement where an empty table's statement goes
 * @param allClasses whether T1/T4 print all national 类 (unused ones blank/zero)
 * @param fullEconomicList whether T8 prints the whole 2024 template list of 款 (unused
 * ones blank/zero)
 * @param headerVariants alternative header wordings seen in the wild
 */
public record LayoutOptions(Format format, LabelStyle labelStyle, SheetNaming sheetNaming,
		DepartmentLine departmentLine, UnitWording unitWording, PublishedUnit unit, TitlePrefix titlePrefix,
		CodeColumns codeColumns, boolean columnNumbers, boolean lineNumbers, TotalRow totalRow, AmountStyle amountStyle,
		boolean formulaTotals, ZeroStyle zeroStyle, boolean indentNames, T8Panels t8Panels, T13Order t13Order,
		DetailShape detailShape, boolean footnotes, EmptyStatement emptyStatement, boolean allClasses,
		boolean fullEconomicList, Set<HeaderVariant> headerVariants) {

	/** File format. */
	public enum Format {

		XLSX, XLS

	}

	/** 公开01表, 表1, or no label. */
	public enum LabelStyle {

		GONGKAI, BIAO, NONE

	}

	/** 公开01表, Sheet1 (position in workbook), GK01, or the table title. */
	public enum SheetNaming {

		GONGKAI, SHEET_N, GK, TITLE

	}

	/** 部门：, 编制单位：, 单位名称：. */
	public enum DepartmentLine {

		BUMEN, BIANZHI_DANWEI, DANWEI_MINGCHENG

	}

	/** 金额单位：万元 or 单位：万元. */
	public enum UnitWording {

		JINE_DANWEI, DANWEI

	}

	/** Title as is, prefixed 2024年度, or prefixed with department name and 2024年度. */
	public enum TitlePrefix {

		NONE, YEAR, DEPARTMENT_AND_YEAR

	}

	/** One code column or split columns. */
	public enum CodeColumns {

		SINGLE, SPLIT

	}

	/** Position of the 合计 row. */
	public enum TotalRow {

		FIRST, LAST

	}

	/** Numeric "0.00", numeric "#,##0.00", or text "2,946.25". */
	public enum AmountStyle {

		NUMBER, NUMBER_GROUPED, TEXT

	}

	/** Zero as a blank cell or as 0.00. */
	public enum ZeroStyle {

		BLANK, ZERO

	}

	/** T8 panel arrangement. */
	public enum T8Panels {

		TWO, THREE

	}

	/** T13 column order. */
	public enum T13Order {

		INTERLEAVED, GROUPED

	}

	/**
	 * T5/T7 shape: A = functional rows × economic classes, B = economic rows ×
	 * 合计|基本支出|项目支出.
	 */
	public enum DetailShape {

		FUNCTIONAL_ROWS, ECONOMIC_ROWS

	}

	/** Empty-table statement under the grid or appended to the title line. */
	public enum EmptyStatement {

		UNDER_GRID, IN_TITLE

	}

	/** Alternative header wordings (tables.md); canonical names do not change. */
	public enum HeaderVariant {

		/** T1 amount columns headed 决算数 instead of 金额. */
		T1_JUESUANSHU,
		/** T6 amounts under a 本年支出 group as 小计|基本支出|项目支出. */
		T6_SUBTOTAL_GROUP,
		/** T10/T11 本年支出 group's first column headed 合计 instead of 小计. */
		T10_HEJI,
		/** T13 公务用车购置及运行费 / 公务用车运行费. */
		T13_SHORT_CAR_LABELS,
		/** Code column headed 支出功能分类科目编码 / 经济分类科目编码 instead of 科目编码. */
		LONG_CODE_HEADER

	}

	/**
	 * A plain MOF-style layout: .xlsx, 公开NN表, 部门：, 金额单位：万元, one code column, 栏次, 合计
	 * first.
	 */
	public static final LayoutOptions DEFAULT = new LayoutOptions(Format.XLSX, LabelStyle.GONGKAI, SheetNaming.GONGKAI,
			DepartmentLine.BUMEN, UnitWording.JINE_DANWEI, PublishedUnit.WAN_YUAN, TitlePrefix.NONE, CodeColumns.SINGLE,
			true, false, TotalRow.FIRST, AmountStyle.NUMBER_GROUPED, false, ZeroStyle.ZERO, false, T8Panels.TWO,
			T13Order.INTERLEAVED, DetailShape.ECONOMIC_ROWS, true, EmptyStatement.UNDER_GRID, false, false, Set.of());

	public LayoutOptions {
		headerVariants = headerVariants.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(headerVariants));
	}

	/** Whether an alternative header wording is switched on. */
	public boolean has(HeaderVariant variant) {
		return headerVariants.contains(variant);
	}

	/** Whether total rows are written as formulas (never for text amounts). */
	public boolean writesFormulas() {
		return formulaTotals && amountStyle != AmountStyle.TEXT;
	}

	public LayoutOptions withFormat(Format v) {
		return new LayoutOptionsBuilder(this).format(v).build();
	}

	public LayoutOptions withLabelStyle(LabelStyle v) {
		return new LayoutOptionsBuilder(this).labelStyle(v).build();
	}

	public LayoutOptions withSheetNaming(SheetNaming v) {
		return new LayoutOptionsBuilder(this).sheetNaming(v).build();
	}

	public LayoutOptions withDepartmentLine(DepartmentLine v) {
		return new LayoutOptionsBuilder(this).departmentLine(v).build();
	}

	public LayoutOptions withUnitWording(UnitWording v) {
		return new LayoutOptionsBuilder(this).unitWording(v).build();
	}

	public LayoutOptions withUnit(PublishedUnit v) {
		return new LayoutOptionsBuilder(this).unit(v).build();
	}

	public LayoutOptions withTitlePrefix(TitlePrefix v) {
		return new LayoutOptionsBuilder(this).titlePrefix(v).build();
	}

	public LayoutOptions withCodeColumns(CodeColumns v) {
		return new LayoutOptionsBuilder(this).codeColumns(v).build();
	}

	public LayoutOptions withColumnNumbers(boolean v) {
		return new LayoutOptionsBuilder(this).columnNumbers(v).build();
	}

	public LayoutOptions withLineNumbers(boolean v) {
		return new LayoutOptionsBuilder(this).lineNumbers(v).build();
	}

	public LayoutOptions withTotalRow(TotalRow v) {
		return new LayoutOptionsBuilder(this).totalRow(v).build();
	}

	public LayoutOptions withAmountStyle(AmountStyle v) {
		return new LayoutOptionsBuilder(this).amountStyle(v).build();
	}

	public LayoutOptions withFormulaTotals(boolean v) {
		return new LayoutOptionsBuilder(this).formulaTotals(v).build();
	}

	public LayoutOptions withZeroStyle(ZeroStyle v) {
		return new LayoutOptionsBuilder(this).zeroStyle(v).build();
	}

	public LayoutOptions withIndentNames(boolean v) {
		return new LayoutOptionsBuilder(this).indentNames(v).build();
	}

	public LayoutOptions withT8Panels(T8Panels v) {
		return new LayoutOptionsBuilder(this).t8Panels(v).build();
	}

	public LayoutOptions withT13Order(T13Order v) {
		return new LayoutOptionsBuilder(this).t13Order(v).build();
	}

	public LayoutOptions withDetailShape(DetailShape v) {
		return new LayoutOptionsBuilder(this).detailShape(v).build();
	}

	public LayoutOptions withFootnotes(boolean v) {
		return new LayoutOptionsBuilder(this).footnotes(v).build();
	}

	public LayoutOptions withEmptyStatement(EmptyStatement v) {
		return new LayoutOptionsBuilder(this).emptyStatement(v).build();
	}

	public LayoutOptions withAllClasses(boolean v) {
		return new LayoutOptionsBuilder(this).allClasses(v).build();
	}

	public LayoutOptions withFullEconomicList(boolean v) {
		return new LayoutOptionsBuilder(this).fullEconomicList(v).build();
	}

	public LayoutOptions withHeaderVariants(HeaderVariant... v) {
		return new LayoutOptionsBuilder(this).headerVariants(Set.copyOf(Arrays.asList(v))).build();
	}
}
