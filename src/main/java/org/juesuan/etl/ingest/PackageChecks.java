package org.juesuan.etl.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.PackageRef;
import org.juesuan.etl.model.ParsedTable;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.template.TableTemplate;
import org.juesuan.etl.template.TemplateSet;
import org.juesuan.etl.template.Text;

/**
 * Checks on a package as a whole: each table once (a second copy is reported and
 * ignored), every table its set requires present (a table the set does not have is never
 * missing), and the department and year the tables state agree with the folder.
 */
final class PackageChecks {

	private PackageChecks() {
	}

	static List<ParsedTable> check(PackageRef ref, TemplateSet set, List<ParsedTable> tables, List<Finding> findings) {
		Map<Integer, ParsedTable> byNumber = new TreeMap<>();
		for (ParsedTable t : tables) {
			ParsedTable first = byNumber.putIfAbsent(t.tableNo(), t);
			if (first != null) {
				findings.add(Finding.read("ingest.duplicate-table", Severity.WARNING, "completeness", t.tableNo(), null,
						null,
						"第 " + t.setTableNo() + " 张表（" + t.title() + "）出现两次（" + first.sourceFile() + " › "
								+ first.sheet() + "；" + t.sourceFile() + " › " + t.sheet() + "），后者未读取",
						t.sourceFile() + " › " + t.sheet()));
			}
		}
		for (TableTemplate t : set.tables()) {
			if (!t.optional() && !byNumber.containsKey(t.canonical())) {
				findings.add(Finding.read("ingest.missing-table", Severity.WARNING, "completeness", t.canonical(), null,
						null, "缺少第 " + t.number() + " 张附表（" + t.title() + "）", ref.toString()));
			}
		}
		byNumber.values().forEach(t -> statedIdentity(ref, t, findings));
		return new ArrayList<>(byNumber.values());
	}

	private static void statedIdentity(PackageRef ref, ParsedTable t, List<Finding> findings) {
		String location = t.sourceFile() + " › " + t.sheet();
		String stated = Text.normalize(t.statedDepartment());
		String folder = Text.normalize(ref.department());
		if (!stated.isEmpty() && !stated.contains(folder) && !folder.contains(stated)) {
			findings.add(Finding.read("ingest.department-mismatch", Severity.WARNING, "completeness", t.tableNo(), null,
					null, "表头部门“" + t.statedDepartment() + "”与文件夹部门“" + ref.department() + "”不一致", location));
		}
		if (t.statedYear() != null && t.statedYear() != ref.year()) {
			findings.add(Finding.read("ingest.year-mismatch", Severity.WARNING, "completeness", t.tableNo(), null, null,
					"表头年度 " + t.statedYear() + " 与文件夹年度 " + ref.year() + " 不一致", location));
		}
	}

}
