package org.juesuan.etl.generate.corpus;

import org.juesuan.etl.generate.DepartmentData;
import org.juesuan.etl.generate.PackageLayout;

/**
 * One generated department: its profile, accounts, story, narrative style and table
 * layout (national layout for the 9-table set, the existing fixture's
 * {@link PackageLayout} for the Sichuan 13-table set).
 */
record CorpusDepartment(Profile profile, DepartmentData data, Story story, NarrativeStyle style,
		NationalLayout nationalLayout, PackageLayout sichuanLayout) {

	CorpusSet set() {
		return profile.set();
	}

	String name() {
		return profile.name();
	}
}
