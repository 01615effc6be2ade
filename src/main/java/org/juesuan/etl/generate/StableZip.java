package org.juesuan.etl.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx) with every entry dated 2025-01-01, so that regenerated files
 * are byte-identical.
 */
final class StableZip {

	private static final long FIXED_TIME = 1_735_689_600_000L;

	private StableZip() {
	}

	static byte[] withFixedTimes(byte[] zip) {
		ByteArrayOutputStream result = new ByteArrayOutputStream(zip.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(result)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(FIXED_TIME);
				out.putNextEntry(copy);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot rewrite workbook zip", e);
		}
		return result.toByteArray();
	}

}
