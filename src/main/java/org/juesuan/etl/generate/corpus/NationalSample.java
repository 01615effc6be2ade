package org.juesuan.etl.generate.corpus;

import java.nio.file.Path;

import org.juesuan.etl.generate.DepartmentData;

/**
 * The national-layout department of the committed sample input: 上海市黄浦区绿化和市容管理局, generated
 * by the corpus code with a fixed seed — its 9 tables in one .xlsx (sheets named by
 * title, a cover line above each title, 合计 first, single code column, 单位：万元, a non-empty
 * 政府性基金 table) and its national 情况说明 .txt.
 */
public final class NationalSample {

	/** The seed the sample is generated with. */
	public static final long SEED = 2024L;

	private NationalSample() {
	}

	/** The department name (its folder under {@code 2024/}). */
	public static String name() {
		return NationalProfiles.SAMPLE;
	}

	/** Its yuan-precise accounts. */
	public static DepartmentData data() {
		return department().data();
	}

	/** Writes its workbook and narrative into {@code dir}. */
	public static void write(Path dir) {
		CorpusDepartment d = department();
		CorpusGenerator.writeTables(d, dir);
		Narrative narrative = Departments.narrative(d);
		CorpusFiles.writeText(dir.resolve(narrative.fileName()), narrative.render());
	}

	private static CorpusDepartment department() {
		return Departments.all(SEED)
			.stream()
			.filter(d -> d.name().equals(NationalProfiles.SAMPLE))
			.findFirst()
			.orElseThrow();
	}

}
