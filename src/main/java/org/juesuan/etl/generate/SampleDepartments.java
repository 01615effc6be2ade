package org.juesuan.etl.generate;

import java.util.List;

/**
 * The three sample departments of 攀枝花市东区, 2024, each with its accounts and published
 * layout:
 * <ul>
 * <li>{@link #eGovCentre()} 攀枝花市东区电子政务建设服务中心 — faithful to its real narrative; one
 * .xlsx.</li>
 * <li>{@link #educationBureau()} 攀枝花市东区教育和体育局 — invented; 13 .xls files in 元.</li>
 * <li>{@link #housingBureau()} 攀枝花市东区住房和城乡建设局 — invented, with 政府性基金; two .xlsx.</li>
 * </ul>
 */
public final class SampleDepartments {

	private SampleDepartments() {
	}

	public static DepartmentPackage eGovCentre() {
		return new DepartmentPackage(EGovCentre.data(), EGovCentre.layout());
	}

	public static DepartmentPackage educationBureau() {
		return new DepartmentPackage(EducationBureau.data(), EducationBureau.layout());
	}

	public static DepartmentPackage housingBureau() {
		return new DepartmentPackage(HousingBureau.data(), HousingBureau.layout());
	}

	/** All three, in the order above. */
	public static List<DepartmentPackage> all() {
		return List.of(eGovCentre(), educationBureau(), housingBureau());
	}

}
