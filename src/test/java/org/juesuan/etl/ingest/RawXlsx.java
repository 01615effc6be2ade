package org.juesuan.etl.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites parts of an .xlsx written by POI with XML POI's usermodel cannot write (rows
 * and cells without {@code r}, inline and phonetic text, cells without a style of their
 * own in a styled column …), keeping the rest of the package.
 */
final class RawXlsx {

	static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private RawXlsx() {
	}

	/** A worksheet's XML: {@code cols} and {@code merges} may be empty. */
	static String worksheet(String cols, String rows, String merges) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\">"
				+ (cols.isEmpty() ? "" : "<cols>" + cols + "</cols>") + "<sheetData>" + rows + "</sheetData>"
				+ (merges.isEmpty() ? "" : "<mergeCells>" + merges + "</mergeCells>") + "</worksheet>";
	}

	static Path replace(Path from, Path to, Map<String, String> parts) throws IOException {
		try (InputStream file = Files.newInputStream(from);
				ZipInputStream in = new ZipInputStream(file);
				OutputStream target = Files.newOutputStream(to);
				ZipOutputStream out = new ZipOutputStream(target)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				String xml = parts.get(entry.getName());
				if (xml == null) {
					in.transferTo(out);
				}
				else {
					out.write(xml.getBytes(StandardCharsets.UTF_8));
				}
				out.closeEntry();
			}
		}
		return to;
	}

}
