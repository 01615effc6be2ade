package org.juesuan.etl.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses a workbook before POI loads it: larger than {@code maxWorkbookSize}, or
 * (.xlsx/.xlsm) a worksheet ({@code xl/worksheets/*.xml}) with more than
 * {@code maxSheetRows} rows. The {@code <row>} elements are counted in a streaming pass
 * that stops at the cap, so nothing is held in memory; a sheet's {@code <dimension>} is
 * not trusted, a file can understate it. The streaming .xlsx reader counts the rows of
 * the parts it streams itself ({@link #capFor}); {@link #checkSheets} counts the rest.
 */
final class WorkbookGuard {

	private static final Pattern WORKSHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");

	private final IngestProperties limits;

	private final XMLInputFactory xml = XMLInputFactory.newFactory();

	WorkbookGuard(IngestProperties limits) {
		this.limits = limits;
		xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
	}

	/** Every check, as one pass before the workbook is opened. */
	void check(Path path) throws IOException {
		checkSize(path);
		checkSheets(path, Set.of());
	}

	void checkSize(Path path) throws IOException {
		long size = Files.size(path);
		if (size > limits.maxWorkbookSize().toBytes()) {
			throw new RefusedFileException("文件有 " + size + " 字节，超过上限 "
					+ IngestProperties.describe(limits.maxWorkbookSize()) + "（juesuan.ingest.max-workbook-size），未读取");
		}
	}

	/** Whether the rows of this zip entry are capped. */
	boolean caps(String entry) {
		return WORKSHEET.matcher(entry).matches();
	}

	/** The cap a streaming reader counts this entry's rows against. */
	RowCap capFor(String entry) {
		return caps(entry) ? new RowCap(entry, limits.maxSheetRows()) : RowCap.none();
	}

	RefusedFileException overCap(String entry) {
		return new RefusedFileException(
				"工作表 " + entry + " 超过 " + limits.maxSheetRows() + " 行（juesuan.ingest.max-sheet-rows），未读取");
	}

	/**
	 * Counts the rows of an .xlsx/.xlsm's worksheets, first over the cap in the zip's
	 * order refused, except the entries already {@code counted}.
	 */
	void checkSheets(Path path, Set<String> counted) throws IOException {
		if (!isOoxml(path) || !isZip(path)) {
			return;
		}
		try (ZipFile zip = new ZipFile(path.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (caps(entry.getName()) && !counted.contains(entry.getName()) && exceedsCap(zip, entry)) {
					throw overCap(entry.getName());
				}
			}
		}
	}

	private boolean exceedsCap(ZipFile zip, ZipEntry entry) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			XMLStreamReader reader = xml.createXMLStreamReader(in);
			int rows = 0;
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamReader.START_ELEMENT) {
					if (reader.getLocalName().equals("row") && ++rows > limits.maxSheetRows()) {
						return true;
					}
				}
			}
			return false;
		}
		catch (XMLStreamException e) {
			return false; // POI reports a broken sheet with its own message
		}
	}

	static boolean isOoxml(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") || name.endsWith(".xlsm");
	}

	private static boolean isZip(Path path) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			byte[] head = in.readNBytes(2);
			return head.length == 2 && head[0] == 'P' && head[1] == 'K';
		}
	}

}
