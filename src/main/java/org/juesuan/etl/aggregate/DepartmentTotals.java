package org.juesuan.etl.aggregate;

/**
 * What the district report says of its departments as a whole (how many, their ERROR and
 * WARNING findings, the basic / project spending chart), gathered as the departments are
 * read one at a time, so that it holds a chart's worth of them, not the district's.
 */
final class DepartmentTotals {

	private final ReportCharts.BasicProject chart = new ReportCharts.BasicProject();

	private int count;

	private int errors;

	private int warnings;

	void add(DepartmentLine line) {
		count++;
		errors += line.errors();
		warnings += line.warnings();
		chart.add(line);
	}

	int count() {
		return count;
	}

	int errors() {
		return errors;
	}

	int warnings() {
		return warnings;
	}

	ReportCharts.BasicProject chart() {
		return chart;
	}

}
