package org.juesuan.etl.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.juesuan.etl.generate.LayoutOptions.Format;

/**
 * Writes a {@link DepartmentPackage} as workbook files (one, one per table, or split)
 * into a folder.
 */
public final class PackageWriter {

	private PackageWriter() {
	}

	/**
	 * Writes every workbook of the package into {@code folder} and reports what was
	 * written.
	 */
	public static RenderedPackage write(DepartmentPackage pkg, Path folder) {
		return build(pkg, (name, workbook) -> workbook.write(folder.resolve(name)));
	}

	/** Renders the package in memory only. */
	public static RenderedPackage describe(DepartmentPackage pkg) {
		return build(pkg, (name, workbook) -> {
		});
	}

	private static RenderedPackage build(DepartmentPackage pkg, BiConsumer<String, WorkbookFixture> sink) {
		PackageLayout layout = pkg.layout();
		List<RenderedPackage.RenderedFile> files = new ArrayList<>();
		for (int i = 0; i < layout.workbooks().size(); i++) {
			List<Integer> tables = layout.workbooks().get(i);
			String name = fileName(pkg, tables) + (layout.defaults().format() == Format.XLS ? ".xls" : ".xlsx");
			try (WorkbookFixture workbook = WorkbookFixture.create(layout.defaults().format())) {
				if (i == 0 && layout.coverSheets()) {
					CoverSheets.write(workbook, pkg.data());
				}
				List<RenderedTable> rendered = new ArrayList<>();
				for (int number : tables) {
					rendered.add(TableRenderers.render(AppendixTable.of(number), pkg.data(), layout.optionsFor(number),
							workbook));
				}
				sink.accept(name, workbook);
				files.add(new RenderedPackage.RenderedFile(name, rendered));
			}
		}
		return new RenderedPackage(pkg.department(), pkg.year(), files);
	}

	private static String fileName(DepartmentPackage pkg, List<Integer> tables) {
		String base = pkg.department() + pkg.year() + "年度部门决算公开表";
		return switch (pkg.layout().fileNaming()) {
			case PACKAGE -> base;
			case TABLE ->
				AppendixTable.of(tables.get(0)).gongkaiLabel() + " " + AppendixTable.of(tables.get(0)).title();
			case RANGE -> String.format("%s（公开%02d-%02d表）", base, tables.stream().mapToInt(t -> t).min().orElseThrow(),
					tables.stream().mapToInt(t -> t).max().orElseThrow());
		};
	}

}
