package org.juesuan.etl.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.juesuan.etl.model.Figure;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.model.ParsedTable;
import org.juesuan.etl.template.Templates;

/**
 * Writes sheets into {@code <root>/<year>/<department>/} and reads them back as a
 * package.
 */
final class PackageFixture {

	static final String DEPT = "攀枝花市东区测试局";

	private PackageFixture() {
	}

	static ParsedPackage read(Path root, String fileName, SheetFixture... sheets) throws IOException {
		Path folder = Files.createDirectories(root.resolve("2024").resolve(DEPT));
		SheetFixture.write(folder.resolve(fileName), sheets);
		return new PackageReader(Templates.ALL).read(PackageDiscovery.discover(root, 2024, DEPT).get(0));
	}

	static ParsedTable table(ParsedPackage pkg, int number) {
		return pkg.tables()
			.stream()
			.filter(t -> t.tableNo() == number)
			.findFirst()
			.orElseThrow(() -> new AssertionError("table " + number + " not read; findings: " + pkg.findings()));
	}

	/** The amount of the figure with that row (code or label) and column, in yuan. */
	static BigDecimal yuan(ParsedTable table, String row, String column) {
		List<Figure> matches = table.figures()
			.stream()
			.filter(f -> (row.equals(f.rowCode()) || (f.rowCode() == null && row.equals(f.rowLabel())))
					&& column.equals(f.columnName()))
			.toList();
		if (matches.size() != 1) {
			throw new AssertionError(matches.size() + " figures for " + row + "/" + column + " in " + table.figures());
		}
		return matches.get(0).amountYuan();
	}

	static Figure figure(ParsedTable table, String row, String column) {
		return table.figures()
			.stream()
			.filter(f -> (row.equals(f.rowCode()) || Objects.equals(row, f.rowLabel()))
					&& column.equals(f.columnName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + row + "/" + column + " in " + table.figures()));
	}

}
