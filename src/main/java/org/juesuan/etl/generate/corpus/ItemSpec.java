package org.juesuan.etl.generate.corpus;

/**
 * One functional 项 of a generated department.
 *
 * @param code 7-digit 支出功能分类 code
 * @param role what it pays for
 * @param scale rough size in 万元
 */
record ItemSpec(String code, Role role, int scale) {

	static ItemSpec of(String code, Role role, int scale) {
		return new ItemSpec(code, role, scale);
	}
}
