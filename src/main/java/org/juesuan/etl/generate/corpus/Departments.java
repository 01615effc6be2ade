package org.juesuan.etl.generate.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.juesuan.etl.generate.DepartmentData;

/**
 * Builds the corpus departments for a seed: six national, then six Sichuan; the same seed
 * gives the same data.
 */
final class Departments {

	static final int YEAR = 2024;

	private Departments() {
	}

	static List<CorpusDepartment> all(long seed) {
		List<CorpusDepartment> all = new ArrayList<>();
		int i = 0;
		for (NationalProfiles.Spec spec : NationalProfiles.all()) {
			all.add(build(seed, i++, spec.profile(), spec.style(), spec.layout(), null));
		}
		for (SichuanProfiles.Spec spec : SichuanProfiles.all()) {
			all.add(build(seed, i++, spec.profile(), spec.style(), null, spec.layout()));
		}
		return all;
	}

	static CorpusDepartment build(long seed, int index, Profile profile, NarrativeStyle style, NationalLayout national,
			org.juesuan.etl.generate.PackageLayout sichuan) {
		Amounts amounts = new Amounts(new Random(seed * 1_000_003L + index));
		DepartmentData data = new AccountsGenerator(amounts).build(profile, YEAR);
		Story story = new StoryGenerator(amounts).build(data, style);
		return new CorpusDepartment(profile, data, story, style, national, sichuan);
	}

	/** The narrative of a department, by its template set. */
	static Narrative narrative(CorpusDepartment d) {
		return d.set() == CorpusSet.NATIONAL ? NationalNarrative.write(d) : SichuanNarrative.write(d);
	}

}
