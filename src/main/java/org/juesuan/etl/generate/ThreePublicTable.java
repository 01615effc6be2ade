package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.generate.LayoutOptions.HeaderVariant;
import org.juesuan.etl.generate.LayoutOptions.T13Order;

/**
 * T13 财政拨款“三公”经费支出决算表: one data row of twelve amounts, 预算数 and 决算数 of 合计, 因公出国（境）费,
 * 公务用车购置及运行维护费 (小计, 购置费, 运行维护费) and 公务接待费, interleaved or grouped.
 */
final class ThreePublicTable {

	static final List<String> ITEMS = List.of("合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费");

	private static final List<String> KINDS = List.of("预算数", "决算数");

	private ThreePublicTable() {
	}

	static void render(TableSheet out, Ledger ledger) {
		boolean interleaved = out.options().t13Order() == T13Order.INTERLEAVED;
		int row = out.header(12, "");
		row = interleaved ? interleavedHeader(out.sheet(), row, labels(out))
				: groupedHeader(out.sheet(), row, labels(out));
		if (out.options().columnNumbers()) {
			for (int c = 0; c < 12; c++) {
				out.auxiliary(row, c, c + 1);
			}
			row++;
		}
		for (int k = 0; k < 2; k++) {
			ThreePublic values = k == 0 ? ledger.data().threePublicBudget() : ledger.data().threePublicActual();
			writeKind(out, row, k, interleaved, values);
		}
		out.footer(row + 1);
	}

	private static void writeKind(TableSheet out, int row, int k, boolean interleaved, ThreePublic v) {
		List<BigDecimal> amounts = List.of(v.total(), v.abroad(), v.car(), v.carPurchase(), v.carRunning(),
				v.reception());
		for (int item : new int[] { 1, 3, 4, 5 }) {
			out.amount(row, col(item, k, interleaved), RowKey.label(ITEMS.get(item)), KINDS.get(k), amounts.get(item));
		}
		out.total(row, col(2, k, interleaved), RowKey.label(ITEMS.get(2)), KINDS.get(k), amounts.get(2),
				List.of(cell(row, 3, k, interleaved), cell(row, 4, k, interleaved)));
		out.total(row, col(0, k, interleaved), RowKey.label(ITEMS.get(0)), KINDS.get(k), amounts.get(0),
				List.of(cell(row, 1, k, interleaved), cell(row, 2, k, interleaved), cell(row, 5, k, interleaved)));
	}

	private static int col(int item, int kind, boolean interleaved) {
		return interleaved ? 2 * item + kind : 6 * kind + item;
	}

	private static String cell(int row, int item, int kind, boolean interleaved) {
		return SheetBuilder.address(row, col(item, kind, interleaved));
	}

	private static List<String> labels(TableSheet out) {
		boolean shortLabels = out.options().has(HeaderVariant.T13_SHORT_CAR_LABELS);
		return shortLabels ? List.of("合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费") : ITEMS;
	}

	private static int interleavedHeader(SheetBuilder sheet, int row, List<String> labels) {
		for (int item : new int[] { 0, 1, 5 }) {
			sheet.text(row, 2 * item, labels.get(item)).merge(row, row + 1, 2 * item, 2 * item + 1);
		}
		sheet.text(row, 4, labels.get(2)).merge(row, row, 4, 9);
		sheet.text(row + 1, 4, "小计").merge(row + 1, row + 1, 4, 5);
		for (int item : new int[] { 3, 4 }) {
			sheet.text(row + 1, 2 * item, labels.get(item)).merge(row + 1, row + 1, 2 * item, 2 * item + 1);
		}
		for (int c = 0; c < 12; c++) {
			sheet.text(row + 2, c, KINDS.get(c % 2)).width(c, 14);
		}
		return row + 3;
	}

	private static int groupedHeader(SheetBuilder sheet, int row, List<String> labels) {
		for (int k = 0; k < 2; k++) {
			int base = 6 * k;
			sheet.text(row, base, KINDS.get(k)).merge(row, row, base, base + 5);
			for (int item : new int[] { 0, 1, 5 }) {
				sheet.text(row + 1, base + item, labels.get(item)).merge(row + 1, row + 2, base + item, base + item);
			}
			sheet.text(row + 1, base + 2, labels.get(2)).merge(row + 1, row + 1, base + 2, base + 4);
			sheet.text(row + 2, base + 2, "小计")
				.text(row + 2, base + 3, labels.get(3))
				.text(row + 2, base + 4, labels.get(4));
		}
		for (int c = 0; c < 12; c++) {
			sheet.width(c, 14);
		}
		return row + 3;
	}

}
