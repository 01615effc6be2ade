package org.juesuan.etl.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.juesuan.etl.generate.DepartmentPackage;
import org.juesuan.etl.generate.ExpectedFigure;
import org.juesuan.etl.generate.LayoutOptions;
import org.juesuan.etl.generate.PackageLayout;
import org.juesuan.etl.generate.PackageWriter;
import org.juesuan.etl.generate.RenderedPackage;
import org.juesuan.etl.generate.SampleDepartments;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.model.ParsedTable;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.template.Templates;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser against the fixture generator, which knows nothing of the parser: every
 * department in every layout variant (labels, sheet names, units, split codes, 栏次/行次,
 * total position, text amounts, formulas, blanks, indentation, T8 panels, T13 order,
 * T5/T7 orientation, empty statements…), .xls and .xlsx, every table read back with
 * exactly the figures the generator placed — no more, no fewer, same amounts.
 */
class ParserLayoutVariantsTests {

	@TempDir
	Path root;

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		List<LayoutOptions> variants = org.juesuan.etl.generate.LayoutVariants.all();
		for (DepartmentPackage pkg : SampleDepartments.all()) {
			for (LayoutOptions.Format format : LayoutOptions.Format.values()) {
				for (int i = 0; i < variants.size(); i++) {
					cases.add(Arguments.of(pkg.department(), format, i, pkg, variants.get(i).withFormat(format)));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} variant {2}")
	@MethodSource("cases")
	void readsEveryFigureTheGeneratorPlaced(String department, LayoutOptions.Format format, int variant,
			DepartmentPackage pkg, LayoutOptions options) throws Exception {
		Path folder = root.resolve("2024").resolve(department);
		RenderedPackage rendered = PackageWriter.write(pkg.withLayout(PackageLayout.singleWorkbook(options)), folder);

		ParsedPackage parsed = new PackageReader(Templates.ALL)
			.read(PackageDiscovery.discover(root, 2024, department).get(0));

		assertThat(parsed.rejected()).isFalse();
		assertThat(parsed.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
		for (int table = 1; table <= 13; table++) {
			int n = table;
			ParsedTable t = parsed.tables()
				.stream()
				.filter(x -> x.tableNo() == n)
				.findFirst()
				.orElseThrow(() -> new AssertionError("table " + n + " not recognised; findings " + parsed.findings()));
			assertThat(actual(t)).as("table %d", table).isEqualTo(expected(rendered.figures(table)));
			assertThat(t.empty()).as("table %d empty", table).isEqualTo(rendered.emptyStatements().containsKey(table));
		}
	}

	private static Map<String, BigDecimal> actual(ParsedTable table) {
		return table.figures()
			.stream()
			.collect(Collectors.toMap(f -> (f.rowCode() == null ? f.rowLabel() : f.rowCode()) + "|" + f.columnName(),
					f -> f.amountYuan() == null ? BigDecimal.valueOf(-1) : f.amountYuan().setScale(2), (a, b) -> {
						throw new AssertionError("duplicate figure " + a + " / " + b);
					}, java.util.TreeMap::new));
	}

	private static Map<String, BigDecimal> expected(List<ExpectedFigure> figures) {
		return figures.stream()
			.collect(Collectors.toMap(ExpectedFigure::key,
					f -> f.amountYuan() == null ? BigDecimal.valueOf(-1)
							: f.amountYuan().setScale(2, java.math.RoundingMode.HALF_UP),
					(a, b) -> a, java.util.TreeMap::new));
	}

}
