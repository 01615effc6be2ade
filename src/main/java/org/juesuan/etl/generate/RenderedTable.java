package org.juesuan.etl.generate;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a renderer wrote for one table: where, every amount cell with its expected figure,
 * the cells holding 栏次/行次 numbers (numeric but not amounts), and the empty-table
 * statement if one was printed.
 *
 * @param table the table
 * @param sheet sheet name
 * @param placed every amount cell of a data row, with its expected figure
 * @param auxiliaryCells cells holding 栏次 or 行次 numbers
 * @param emptyStatement the statement printed for an empty table (under the grid or in
 * the title), or null
 */
public record RenderedTable(AppendixTable table, String sheet, List<PlacedFigure> placed, Set<String> auxiliaryCells,
		String emptyStatement) {

	public RenderedTable {
		placed = List.copyOf(placed);
		auxiliaryCells = Set.copyOf(auxiliaryCells);
	}

	/** The expected figures, in writing order. */
	public List<ExpectedFigure> figures() {
		return placed.stream().map(PlacedFigure::figure).toList();
	}

	/** The statement of an empty table, if it was printed. */
	public Optional<String> statement() {
		return Optional.ofNullable(emptyStatement);
	}
}
