package org.juesuan.etl.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Queries over many departments a page at a time, each page an {@code IN (?, ?, …)} list:
 * what is held, in the database's result and here, is one page's rows, whatever the
 * number of departments.
 */
public final class InLists {

	private InLists() {
	}

	/** {@code n} placeholders for an {@code IN} list: {@code ?, ?, ?}. */
	public static String placeholders(int n) {
		return String.join(", ", Collections.nCopies(n, "?"));
	}

	/** The items in pages of {@code size} (the last one shorter), in their order. */
	public static <T> List<List<T>> pages(List<T> items, int size) {
		List<List<T>> pages = new ArrayList<>();
		for (int first = 0; first < items.size(); first += size) {
			pages.add(items.subList(first, Math.min(items.size(), first + size)));
		}
		return pages;
	}

}
