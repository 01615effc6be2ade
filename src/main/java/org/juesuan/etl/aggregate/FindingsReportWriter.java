package org.juesuan.etl.aggregate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

/**
 * Writes a run's findings as {@code findings.csv} (UTF-8 with BOM, so Excel opens it in
 * Chinese) and {@code findings.xlsx} (one row per finding, ERRORs first, header frozen
 * and filterable). Text that a spreadsheet would take for a formula (it begins with = +
 * - @, a tab or a carriage return) is written with a leading apostrophe, since messages
 * and quotes carry text from the input. A report is written as it is read, through
 * {@link #open}: it holds no list of its rows.
 */
@Component
public class FindingsReportWriter {

	/**
	 * Starts {@code <stem>.csv} and {@code <stem>.xlsx} in {@code folder}, to be given
	 * their rows one by one as they are read.
	 */
	public FindingsReport open(Path folder, String stem) throws IOException {
		Files.createDirectories(folder);
		return new FindingsReport(folder, stem);
	}

}
