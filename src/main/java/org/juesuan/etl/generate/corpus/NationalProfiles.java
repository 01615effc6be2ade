package org.juesuan.etl.generate.corpus;

import static org.juesuan.etl.generate.corpus.ItemSpec.of;
import static org.juesuan.etl.generate.corpus.Role.*;

import java.util.List;

import org.juesuan.etl.generate.LayoutOptions.Format;
import org.juesuan.etl.generate.corpus.NarrativeStyle.Numbering;
import org.juesuan.etl.generate.corpus.NationalLayout.SheetNames;
import org.juesuan.etl.generate.corpus.NationalLayout.TotalAt;

/**
 * The six national-template departments (Shanghai districts): profile, table layout and
 * narrative style each.
 */
final class NationalProfiles {

	static final String SAMPLE = "上海市黄浦区绿化和市容管理局";

	private static final List<Integer> IN_ORDER = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9);

	private NationalProfiles() {
	}

	static List<Spec> all() {
		return List.of(greenery(), street(), education(), health(), market(), archives());
	}

	/** A profile with its layout and style. */
	record Spec(Profile profile, NationalLayout layout, NarrativeStyle style) {
	}

	static Spec greenery() {
		return new Spec(
				new Profile(SAMPLE, CorpusSet.NATIONAL,
						List.of(of("2120101", ADMIN, 900), of("2120102", PROJECT, 400), of("2120104", PROJECT, 300),
								of("2120399", PROJECT, 600), of("2120501", PROJECT, 1500), of("2120803", FUND, 800),
								of("2080501", RETIREES, 80), of("2080505", PENSION, 120), of("2080506", ANNUITY, 50),
								of("2101101", MEDICAL, 70), of("2101103", MEDICAL, 20), of("2210201", HOUSING, 90)),
						false, false, false, true, false),
				new NationalLayout(Format.XLSX, true, IN_ORDER, SheetNames.TITLE, false, TotalAt.TOP, false, false,
						true, false, false),
				new NarrativeStyle(false, 0, false, true, false, Numbering.DUN, false, null, false, false));
	}

	static Spec street() {
		return new Spec(
				new Profile("上海市黄浦区南京东路街道办事处", CorpusSet.NATIONAL,
						List.of(of("2010301", ADMIN, 500), of("2080505", PENSION, 60), of("2101101", MEDICAL, 30),
								of("2210201", HOUSING, 40)),
						false, false, false, false, false),
				new NationalLayout(Format.XLS, true, List.of(2, 1, 3, 5, 4, 6, 8, 9, 7), SheetNames.SHEET_N, true,
						TotalAt.SUBHEADER, true, false, false, false, false),
				new NarrativeStyle(false, 34, false, false, true, Numbering.DUN, true, null, false, false));
	}

	static Spec education() {
		return new Spec(new Profile("上海市静安区教育局", CorpusSet.NATIONAL,
				List.of(of("2050101", ADMIN, 800), of("2050102", PROJECT, 200), of("2050201", INSTITUTION, 1500),
						of("2050202", INSTITUTION, 3000), of("2050203", INSTITUTION, 2500),
						of("2050204", INSTITUTION, 1800), of("2050803", PROJECT, 150), of("2080501", RETIREES, 100),
						of("2080502", RETIREES, 400), of("2080505", PENSION, 600), of("2080506", ANNUITY, 250),
						of("2101101", MEDICAL, 60), of("2101102", MEDICAL, 300), of("2210201", HOUSING, 450)),
				true, false, true, true, true),
				new NationalLayout(Format.XLSX, false, IN_ORDER, SheetNames.TITLE, true, TotalAt.BOTTOM, false, true,
						false, true, false),
				new NarrativeStyle(true, 0, true, true, true, Numbering.DOT, false, "2050803", false, false));
	}

	static Spec health() {
		return new Spec(
				new Profile("上海市徐汇区卫生健康委员会", CorpusSet.NATIONAL,
						List.of(of("2100101", ADMIN, 700), of("2100201", INSTITUTION, 2000),
								of("2100408", PROJECT, 900), of("2100409", PROJECT, 500), of("2080505", PENSION, 200),
								of("2080506", ANNUITY, 80), of("2101101", MEDICAL, 40), of("2101102", MEDICAL, 90),
								of("2210201", HOUSING, 150)),
						true, true, false, true, true),
				new NationalLayout(Format.XLSX, true, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), SheetNames.BIAO, false,
						TotalAt.BOTTOM, true, false, true, false, true),
				new NarrativeStyle(false, 28, false, true, false, Numbering.PAREN, false, null, false, false));
	}

	static Spec market() {
		return new Spec(
				new Profile("上海市普陀区市场监督管理局", CorpusSet.NATIONAL,
						List.of(of("2013801", ADMIN, 1200), of("2013802", PROJECT, 300), of("2013812", PROJECT, 200),
								of("2013816", PROJECT, 400), of("2080505", PENSION, 150), of("2080506", ANNUITY, 60),
								of("2101101", MEDICAL, 50), of("2101103", MEDICAL, 20), of("2210201", HOUSING, 120)),
						false, false, true, true, false),
				new NationalLayout(Format.XLS, false, IN_ORDER, SheetNames.SHEET_N, true, TotalAt.TOP, false, false,
						false, false, false),
				new NarrativeStyle(true, 40, true, false, false, Numbering.DUN, false, null, false, false));
	}

	static Spec archives() {
		return new Spec(
				new Profile("上海市长宁区档案馆", CorpusSet.NATIONAL,
						List.of(of("2012601", ADMIN, 200), of("2012604", PROJECT, 150), of("2080505", PENSION, 30),
								of("2101102", MEDICAL, 15), of("2210201", HOUSING, 20)),
						false, false, false, true, false),
				new NationalLayout(Format.XLSX, true, IN_ORDER, SheetNames.SHEET_N, true, TotalAt.SUBHEADER, false,
						true, true, true, false),
				new NarrativeStyle(false, 0, false, true, true, Numbering.DOT, false, null, false, false));
	}

}
