package org.juesuan.etl.template;

import java.util.List;

/**
 * One side-by-side block of a table (T1 收入 | 支出; T8's panels), or the whole table when it
 * has one: its amount columns, its fixed rows, and whether class rows without a code
 * ({@code 一、一般公共服务支出}) are mapped to functional codes by name.
 */
public record PanelSpec(String name, List<ColumnSpec> columns, List<RowSpec> rows, boolean functionalClasses) {

	public PanelSpec {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}
}
