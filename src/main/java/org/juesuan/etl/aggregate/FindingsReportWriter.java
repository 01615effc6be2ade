package org.juesuan.etl.aggregate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.juesuan.etl.store.FindingRow;
import org.springframework.stereotype.Component;

/**
 * Writes a run's findings as {@code findings.csv} (UTF-8 with BOM, so Excel opens it in
 * Chinese) and {@code findings.xlsx} (one row per finding, ERRORs first, header frozen
 * and filterable). Text that a spreadsheet would take for a formula (it begins with = +
 * - @, a tab or a carriage return) is written with a leading apostrophe, since messages
 * and quotes carry text from the input. A long report is written as it is read, through
 * {@link #open}.
 */
@Component
public class FindingsReportWriter {

	public void write(Path folder, List<FindingRow> rows) throws IOException {
		write(folder, "findings", rows);
	}

	/** Writes {@code <stem>.csv} and {@code <stem>.xlsx} into {@code folder}. */
	public void write(Path folder, String stem, List<FindingRow> rows) throws IOException {
		try (FindingsReport report = open(folder, stem)) {
			rows.forEach(report::add);
		}
	}

	/**
	 * Starts {@code <stem>.csv} and {@code <stem>.xlsx} in {@code folder}, to be given
	 * their rows one by one as they are read.
	 */
	public FindingsReport open(Path folder, String stem) throws IOException {
		Files.createDirectories(folder);
		return new FindingsReport(folder, stem);
	}

}
