package org.juesuan.etl.aggregate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.juesuan.etl.store.FindingRow;
import org.springframework.stereotype.Component;

/** {@code report-<year>.html}: one self-contained page for a finance officer. */
@Component
class HtmlReport {

	void write(Path file, Scope scope, List<DepartmentLine> departments, List<FindingRow> findings) throws IOException {
		Files.writeString(file, "<!DOCTYPE html><html><body></body></html>");
	}
}
