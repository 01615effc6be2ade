package org.juesuan.etl.generate.corpus;

import static org.juesuan.etl.generate.corpus.ItemSpec.of;
import static org.juesuan.etl.generate.corpus.Role.*;

import java.util.List;

import org.juesuan.etl.generate.LayoutOptions;
import org.juesuan.etl.generate.LayoutOptions.*;
import org.juesuan.etl.generate.PackageLayout;
import org.juesuan.etl.generate.corpus.NarrativeStyle.Numbering;

/**
 * The six Sichuan-template departments (攀枝花市东区): profile, 13-table layout (existing
 * fixture) and style.
 */
final class SichuanProfiles {

	private static final LayoutOptions D = LayoutOptions.DEFAULT;

	private SichuanProfiles() {
	}

	/** A profile with its layout and style. */
	record Spec(Profile profile, PackageLayout layout, NarrativeStyle style) {
	}

	static List<Spec> all() {
		return List.of(
				spec("攀枝花市东区弄弄坪街道办事处",
						List.of(of("2010301", ADMIN, 400), of("2080208", PROJECT, 150), of("2080505", PENSION, 50),
								of("2101101", MEDICAL, 25), of("2210201", HOUSING, 30)),
						false, false, PackageLayout.singleWorkbook(D.withZeroStyle(ZeroStyle.BLANK)),
						new NarrativeStyle(false, 0, false, false, false, Numbering.DOT, false, null, true, false)),
				spec("攀枝花市东区城市管理局",
						List.of(of("2120101", ADMIN, 600), of("2120104", PROJECT, 300), of("2120399", PROJECT,
								400), of("2120501", PROJECT, 900), of("2080505", PENSION, 80),
								of("2080506", ANNUITY, 30), of("2101101", MEDICAL, 40), of("2210201", HOUSING, 60)),
						false, true,
						PackageLayout.filePerTable(D.withFormat(Format.XLS)
							.withSheetNaming(SheetNaming.SHEET_N)
							.withCodeColumns(CodeColumns.SPLIT)),
						new NarrativeStyle(false, 30, false, true, true, Numbering.DOT, false, null, true, true)),
				spec("攀枝花市东区卫生健康局",
						List.of(of("2100101", ADMIN, 400), of("2100408", PROJECT, 600), of("2100409", PROJECT, 200),
								of("2080505", PENSION, 60), of("2101101", MEDICAL, 30), of("2210201", HOUSING, 45)),
						false, true,
						PackageLayout.split(
								D.withLabelStyle(LabelStyle.NONE)
									.withSheetNaming(SheetNaming.TITLE)
									.withTotalRow(TotalRow.LAST)
									.withAmountStyle(AmountStyle.TEXT),
								List.of(List.of(1, 2, 3, 4, 5, 6), List.of(7, 8, 9, 10, 11, 12, 13))),
						new NarrativeStyle(true, 0, true, false, false, Numbering.DUN, true, null, false, false)),
				spec("攀枝花市东区市场监督管理局",
						List.of(of("2013801", ADMIN, 700), of("2013816", PROJECT,
								200), of("2080505", PENSION, 90), of("2080506", ANNUITY, 35),
								of("2101101", MEDICAL, 40), of("2101103", MEDICAL, 15), of("2210201", HOUSING, 70)),
						true, true,
						PackageLayout.singleWorkbook(D.withTitlePrefix(TitlePrefix.YEAR)
							.withUnitWording(UnitWording.DANWEI)
							.withIndentNames(true)
							.withT13Order(T13Order.GROUPED)),
						new NarrativeStyle(false, 36, false, true, false, Numbering.DOT, false, null, false, true)),
				spec("攀枝花市东区民政局",
						List.of(of("2080201", ADMIN, 300), of("2080208", PROJECT, 500), of("2080501", RETIREES, 40),
								of("2080505", PENSION, 45), of("2101101", MEDICAL, 20), of("2210201", HOUSING, 30)),
						false, true,
						PackageLayout.singleWorkbook(D.withFormat(Format.XLS)
							.withLabelStyle(LabelStyle.BIAO)
							.withDetailShape(DetailShape.FUNCTIONAL_ROWS)
							.withEmptyStatement(EmptyStatement.IN_TITLE)),
						new NarrativeStyle(true, 0, false, true, true, Numbering.PAREN, false, null, true, false)),
				spec("攀枝花市东区农业技术推广中心",
						List.of(of("2130104", INSTITUTION, 300), of("2080505", PENSION, 40), of("2101102", MEDICAL, 20),
								of("2210201", HOUSING, 25)),
						false, false,
						PackageLayout.filePerTable(D.withZeroStyle(ZeroStyle.BLANK).withColumnNumbers(false)),
						new NarrativeStyle(false, 26, true, false, false, Numbering.DOT, false, null, false, false)));
	}

	private static Spec spec(String name, List<ItemSpec> items, boolean otherIncome, boolean threePublic,
			PackageLayout layout, NarrativeStyle style) {
		return new Spec(new Profile(name, CorpusSet.SICHUAN, items, false, false, otherIncome, threePublic, false),
				layout, style);
	}

}
