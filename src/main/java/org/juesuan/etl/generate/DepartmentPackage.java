package org.juesuan.etl.generate;

import java.util.List;
import java.util.Map;

/**
 * A department's disclosure package as it will be published: the yuan-precise accounts
 * and the layout of its files. Expected figures and empty-table statements follow from
 * both; see {@link #describe()}.
 *
 * @param data the accounts
 * @param layout files, sheets and per-table options
 */
public record DepartmentPackage(DepartmentData data, PackageLayout layout) {

	public String department() {
		return data.name();
	}

	public int year() {
		return data.year();
	}

	/** The unit the tables are published in (of the default options). */
	public PublishedUnit unit() {
		return layout.defaults().unit();
	}

	/** The same accounts published with another layout. */
	public DepartmentPackage withLayout(PackageLayout other) {
		return new DepartmentPackage(data, other);
	}

	/** Renders the package in memory (nothing is written) and reports every table. */
	public RenderedPackage describe() {
		return PackageWriter.describe(this);
	}

	/** The expected figures of one table (1–13). */
	public List<ExpectedFigure> expectedFigures(int tableNo) {
		return describe().figures(tableNo);
	}

	/** The statements printed for empty tables, by table number. */
	public Map<Integer, String> emptyStatements() {
		return describe().emptyStatements();
	}
}
