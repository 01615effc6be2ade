package org.juesuan.etl.ingest;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A formula saved without its result: POI's evaluator computes it; one it cannot compute
 * (an external link, a function POI lacks) becomes an unreadable cell showing the
 * formula, so the finding names the cell and says why.
 */
final class FormulaCells {

	private static final Logger log = LoggerFactory.getLogger(FormulaCells.class);

	private FormulaCells() {
	}

	static GridCell evaluate(Cell cell, FormulaEvaluator evaluator) {
		CellValue value;
		try {
			value = evaluator.evaluate(cell);
		}
		catch (RuntimeException e) {
			log.debug("{}: POI cannot evaluate the formula {}", cell.getAddress(), cell.getCellFormula(), e);
			return unreadable(cell);
		}
		if (value == null) {
			return GridCell.BLANK;
		}
		return switch (value.getCellType()) {
			case NUMERIC -> GridLoader.number(value.getNumberValue(), cell);
			case STRING -> CellValues.text(value.getStringValue());
			case BOOLEAN -> CellValues.bool(value.getBooleanValue());
			case ERROR -> CellValues.error(value.getErrorValue());
			default -> GridCell.BLANK;
		};
	}

	private static GridCell unreadable(Cell cell) {
		return new GridCell("=" + cell.getCellFormula() + "（公式没有保存结果，也无法计算）", null, -1, true, false);
	}

}
