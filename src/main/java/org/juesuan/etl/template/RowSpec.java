package org.juesuan.etl.template;

import java.util.List;
import java.util.Objects;

/**
 * A fixed, labelled row of a panel (e.g. 本年收入合计) with the normalised labels that denote
 * it. {@code after} names another row of the same panel: this row applies only below that
 * one (T4 prints the three fund labels twice, the second time as the opening balance by
 * fund).
 */
public record RowSpec(String label, List<String> aliases, String after) {

	public RowSpec {
		Objects.requireNonNull(label, "label");
		aliases = List.copyOf(aliases);
	}
}
