package org.juesuan.etl.generate;

/**
 * An expected figure together with where it was written.
 *
 * @param figure the figure
 * @param sheet sheet name
 * @param cell A1-style cell address, e.g. {@code D12}
 */
public record PlacedFigure(ExpectedFigure figure, String sheet, String cell) {
}
