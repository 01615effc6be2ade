package org.juesuan.etl.generate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What was rendered for one department: the files (names relative to the department
 * folder) and the tables in each, with their expected figures.
 *
 * @param department department name
 * @param year fiscal year
 * @param files the workbooks in writing order
 */
public record RenderedPackage(String department, int year, List<RenderedFile> files) {

	/**
	 * One workbook file and the tables it holds, in sheet order.
	 *
	 * @param fileName file name, e.g. {@code 公开01表 收入支出决算总表.xls}
	 * @param tables the tables
	 */
	public record RenderedFile(String fileName, List<RenderedTable> tables) {

		public RenderedFile {
			tables = List.copyOf(tables);
		}
	}

	public RenderedPackage {
		files = List.copyOf(files);
	}

	/** The rendered table of a number (1–13). */
	public RenderedTable table(int tableNo) {
		return files.stream()
			.flatMap(f -> f.tables().stream())
			.filter(t -> t.table().number() == tableNo)
			.findFirst()
			.orElseThrow();
	}

	/** The file holding a table. */
	public String fileOf(int tableNo) {
		return files.stream()
			.filter(f -> f.tables().stream().anyMatch(t -> t.table().number() == tableNo))
			.map(RenderedFile::fileName)
			.findFirst()
			.orElseThrow();
	}

	/** The expected figures of a table. */
	public List<ExpectedFigure> figures(int tableNo) {
		return table(tableNo).figures();
	}

	/** All expected figures, by table then writing order. */
	public List<ExpectedFigure> allFigures() {
		return java.util.stream.IntStream.rangeClosed(1, 13).boxed().flatMap(n -> figures(n).stream()).toList();
	}

	/** Statements of empty tables by table number. */
	public Map<Integer, String> emptyStatements() {
		Map<Integer, String> statements = new TreeMap<>();
		files.stream()
			.flatMap(f -> f.tables().stream())
			.filter(t -> t.emptyStatement() != null)
			.forEach(t -> statements.put(t.table().number(), t.emptyStatement()));
		return statements;
	}
}
