package org.juesuan.etl.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.juesuan.etl.model.Figure;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Severity;

/**
 * Turns one amount cell into a {@link Figure}, or into a finding when it cannot be read.
 */
final class FigureFactory {

	/**
	 * Amounts are stored as DECIMAL(20,2) yuan; anything this large is a typing slip, not
	 * a figure.
	 */
	private static final BigDecimal LIMIT = new BigDecimal("1E17");

	private final AmountParser amounts;

	FigureFactory(AmountParser amounts) {
		this.amounts = amounts;
	}

	Optional<Figure> figure(SheetGrid grid, int row, AmountColumn column, RowKey key, TableContext ctx,
			List<Finding> findings) {
		GridCell cell = grid.cell(row, column.index());
		String address = SheetGrid.address(row, column.index());
		if (cell.mergedCopy()) {
			if (cell.number() != null) {
				findings.add(Finding.read("ingest.merged-amount", Severity.WARNING, "file", ctx.template().canonical(),
						key.code() != null ? key.code() : key.label(), column.name(), "金额单元格 " + ctx.sheet() + "!"
								+ address + " 与其他单元格合并，只在首格计入一次（" + key.label() + " / " + column.name() + "）",
						ctx.location(address)));
			}
			return Optional.empty();
		}
		Amount amount = amounts.parse(cell);
		if (amount instanceof Amount.Unreadable && !column.known()) {
			return Optional.empty();
		}
		if (amount instanceof Amount.Unreadable u) {
			findings.add(Finding.read("ingest.unreadable-cell", Severity.ERROR, "file", ctx.template().canonical(),
					key.code() != null ? key.code() : key.label(), column.name(), "无法读取金额：" + ctx.sheet() + "!"
							+ address + " 的内容为“" + u.raw() + "”，应为数字（" + key.label() + " / " + column.name() + "）",
					ctx.location(address)));
			return Optional.empty();
		}
		BigDecimal published = null;
		Integer scale = null;
		if (amount instanceof Amount.Value v) {
			published = v.published();
			scale = v.scale() < 0 ? null : v.scale();
		}
		else if (amount instanceof Amount.Blank) {
			published = BigDecimal.ZERO;
		}
		BigDecimal yuan = published == null ? null : published.multiply(ctx.factor()).setScale(2, RoundingMode.HALF_UP);
		if (yuan != null && yuan.abs().compareTo(LIMIT) >= 0) {
			findings.add(
					Finding
						.read("ingest.unreadable-cell", Severity.ERROR, "file", ctx.template().canonical(),
								key.code() != null ? key.code() : key.label(), column.name(),
								"金额过大：" + ctx.sheet() + "!" + address + " 为 " + published.toPlainString() + " "
										+ ctx.unit() + "，超出可存储范围（" + key.label() + " / " + column.name() + "）",
								ctx.location(address)));
			return Optional.empty();
		}
		return Optional.of(new Figure(ctx.template().canonical(), row + 1, key.code(), key.label(), column.name(), yuan,
				published, scale, ctx.unit(), ctx.file(), ctx.sheet(), address));
	}

}
