package org.juesuan.etl.generate;

import java.util.Set;

import org.juesuan.etl.generate.LayoutOptions.*;

/**
 * Copies a {@link LayoutOptions}, changes components and builds a new one; backs the
 * withers.
 */
final class LayoutOptionsBuilder {

	private Format format;

	private LabelStyle labelStyle;

	private SheetNaming sheetNaming;

	private DepartmentLine departmentLine;

	private UnitWording unitWording;

	private PublishedUnit unit;

	private TitlePrefix titlePrefix;

	private CodeColumns codeColumns;

	private boolean columnNumbers;

	private boolean lineNumbers;

	private TotalRow totalRow;

	private AmountStyle amountStyle;

	private boolean formulaTotals;

	private ZeroStyle zeroStyle;

	private boolean indentNames;

	private T8Panels t8Panels;

	private T13Order t13Order;

	private DetailShape detailShape;

	private boolean footnotes;

	private EmptyStatement emptyStatement;

	private boolean allClasses;

	private boolean fullEconomicList;

	private Set<HeaderVariant> headerVariants;

	LayoutOptionsBuilder(LayoutOptions o) {
		format = o.format();
		labelStyle = o.labelStyle();
		sheetNaming = o.sheetNaming();
		departmentLine = o.departmentLine();
		unitWording = o.unitWording();
		unit = o.unit();
		titlePrefix = o.titlePrefix();
		codeColumns = o.codeColumns();
		columnNumbers = o.columnNumbers();
		lineNumbers = o.lineNumbers();
		totalRow = o.totalRow();
		amountStyle = o.amountStyle();
		formulaTotals = o.formulaTotals();
		zeroStyle = o.zeroStyle();
		indentNames = o.indentNames();
		t8Panels = o.t8Panels();
		t13Order = o.t13Order();
		detailShape = o.detailShape();
		footnotes = o.footnotes();
		emptyStatement = o.emptyStatement();
		allClasses = o.allClasses();
		fullEconomicList = o.fullEconomicList();
		headerVariants = o.headerVariants();
	}

	LayoutOptionsBuilder format(Format v) {
		format = v;
		return this;
	}

	LayoutOptionsBuilder labelStyle(LabelStyle v) {
		labelStyle = v;
		return this;
	}

	LayoutOptionsBuilder sheetNaming(SheetNaming v) {
		sheetNaming = v;
		return this;
	}

	LayoutOptionsBuilder departmentLine(DepartmentLine v) {
		departmentLine = v;
		return this;
	}

	LayoutOptionsBuilder unitWording(UnitWording v) {
		unitWording = v;
		return this;
	}

	LayoutOptionsBuilder unit(PublishedUnit v) {
		unit = v;
		return this;
	}

	LayoutOptionsBuilder titlePrefix(TitlePrefix v) {
		titlePrefix = v;
		return this;
	}

	LayoutOptionsBuilder codeColumns(CodeColumns v) {
		codeColumns = v;
		return this;
	}

	LayoutOptionsBuilder columnNumbers(boolean v) {
		columnNumbers = v;
		return this;
	}

	LayoutOptionsBuilder lineNumbers(boolean v) {
		lineNumbers = v;
		return this;
	}

	LayoutOptionsBuilder totalRow(TotalRow v) {
		totalRow = v;
		return this;
	}

	LayoutOptionsBuilder amountStyle(AmountStyle v) {
		amountStyle = v;
		return this;
	}

	LayoutOptionsBuilder formulaTotals(boolean v) {
		formulaTotals = v;
		return this;
	}

	LayoutOptionsBuilder zeroStyle(ZeroStyle v) {
		zeroStyle = v;
		return this;
	}

	LayoutOptionsBuilder indentNames(boolean v) {
		indentNames = v;
		return this;
	}

	LayoutOptionsBuilder t8Panels(T8Panels v) {
		t8Panels = v;
		return this;
	}

	LayoutOptionsBuilder t13Order(T13Order v) {
		t13Order = v;
		return this;
	}

	LayoutOptionsBuilder detailShape(DetailShape v) {
		detailShape = v;
		return this;
	}

	LayoutOptionsBuilder footnotes(boolean v) {
		footnotes = v;
		return this;
	}

	LayoutOptionsBuilder emptyStatement(EmptyStatement v) {
		emptyStatement = v;
		return this;
	}

	LayoutOptionsBuilder allClasses(boolean v) {
		allClasses = v;
		return this;
	}

	LayoutOptionsBuilder fullEconomicList(boolean v) {
		fullEconomicList = v;
		return this;
	}

	LayoutOptionsBuilder headerVariants(Set<HeaderVariant> v) {
		headerVariants = v;
		return this;
	}

	LayoutOptions build() {
		return new LayoutOptions(format, labelStyle, sheetNaming, departmentLine, unitWording, unit, titlePrefix,
				codeColumns, columnNumbers, lineNumbers, totalRow, amountStyle, formulaTotals, zeroStyle, indentNames,
				t8Panels, t13Order, detailShape, footnotes, emptyStatement, allClasses, fullEconomicList,
				headerVariants);
	}

}
