package org.juesuan.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.juesuan.etl.generate.LayoutOptions.*;

/**
 * Every renderer in every layout variant, .xlsx and .xls, for all three departments: POI
 * reopens the workbook, every reported cell reads back as its expected figure, and no
 * amount cell goes unreported.
 */
class TableRenderersTests {

	@TempDir
	Path dir;

	static List<LayoutOptions> variants() {
		return LayoutVariants.all();
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (DepartmentPackage pkg : SampleDepartments.all()) {
			for (Format format : Format.values()) {
				List<LayoutOptions> variants = variants();
				for (int i = 0; i < variants.size(); i++) {
					cases
						.add(Arguments.of(pkg.department(), format, i, pkg.data(), variants.get(i).withFormat(format)));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} variant {2}")
	@MethodSource("cases")
	void everyTableReadsBackAsExpected(String name, Format format, int variant, DepartmentData data,
			LayoutOptions options) throws Exception {
		Path file = dir.resolve("tables" + (format == Format.XLS ? ".xls" : ".xlsx"));
		List<RenderedTable> tables = new ArrayList<>();
		try (WorkbookFixture workbook = WorkbookFixture.create(format)) {
			for (AppendixTable table : AppendixTable.values()) {
				tables.add(TableRenderers.render(table, data, options, workbook));
			}
			workbook.write(file);
		}
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(13);
			for (RenderedTable table : tables) {
				assertThat(table.placed()).isNotEmpty();
				assertThat(SheetReadback.problems(workbook, table, options.unit())).isEmpty();
			}
		}
	}

	@Test
	void figureCountsMatchTheLayout() {
		RenderedPackage a = SampleDepartments.eGovCentre().describe();
		assertThat(a.figures(1)).hasSize(8 + 4 + 8);
		assertThat(a.figures(4)).hasSize(3 + 4 * 4 + 6 + 4 * 3);
		assertThat(a.figures(13)).hasSize(12);
		assertThat(a.figures(10)).hasSize(6).allSatisfy(f -> assertThat(f.amountYuan()).isZero());
		assertThat(a.figures(11)).hasSize(6);
		assertThat(a.figures(12)).hasSize(3);
		assertThat(a.figures(6)).hasSize((1 + 4 + 4 + 10) * 3);
	}

	@Test
	void formulaTotalsExpectTheSumOfThePublishedParts() {
		LayoutOptions formulas = LayoutOptions.DEFAULT.withFormulaTotals(true);
		try (WorkbookFixture workbook = WorkbookFixture.create(Format.XLSX)) {
			RenderedTable t6 = TableRenderers.render(AppendixTable.T6, SampleDepartments.eGovCentre().data(), formulas,
					workbook);
			ExpectedFigure total = t6.figures().stream().filter(f -> f.key().equals("合计|合计")).findFirst().orElseThrow();
			// 352.48 + 32.69 + 13.14 + 13.61 = 411.92, where an independently rounded
			// total shows 411.91
			assertThat(total.amountYuan()).isEqualByComparingTo("4119200");
		}
	}

	@Test
	void placeholdersAreExpectedAsNull() {
		List<ExpectedFigure> t1 = SampleDepartments.housingBureau().expectedFigures(1);
		assertThat(t1).filteredOn(f -> f.rowLabel().equals("经营收入"))
			.singleElement()
			.satisfies(f -> assertThat(f.amountYuan()).isNull());
	}

	@Test
	void readbackReadsAWorkbookFromDisk(@TempDir Path other) throws Exception {
		RenderedPackage rendered = PackageWriter.write(SampleDepartments.housingBureau(), other);
		File first = other.resolve(rendered.files().get(0).fileName()).toFile();
		try (Workbook workbook = WorkbookFactory.create(first, null, true)) {
			assertThat(SheetReadback.problems(workbook, rendered.table(1), PublishedUnit.WAN_YUAN)).isEmpty();
		}
	}

}
