package org.juesuan.etl.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses a workbook before POI loads it: larger than {@code maxWorkbookSize}, or
 * (.xlsx/.xlsm) a worksheet with more than {@code maxSheetRows} rows. The {@code <row>}
 * elements are counted in one streaming pass that stops at the cap, so nothing is held in
 * memory; a sheet's {@code <dimension>} is not trusted, a file can understate it.
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

	void check(Path path) throws IOException {
		long size = Files.size(path);
		if (size > limits.maxWorkbookSize().toBytes()) {
			throw new RefusedFileException("文件有 " + size + " 字节，超过上限 "
					+ IngestProperties.describe(limits.maxWorkbookSize()) + "（juesuan.ingest.max-workbook-size），未读取");
		}
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if ((name.endsWith(".xlsx") || name.endsWith(".xlsm")) && isZip(path)) {
			checkSheets(path);
		}
	}

	private void checkSheets(Path path) throws IOException {
		try (ZipFile zip = new ZipFile(path.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (WORKSHEET.matcher(entry.getName()).matches() && exceedsCap(zip, entry)) {
					throw new RefusedFileException("工作表 " + entry.getName() + " 超过 " + limits.maxSheetRows()
							+ " 行（juesuan.ingest.max-sheet-rows），未读取");
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

	private static boolean isZip(Path path) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			byte[] head = in.readNBytes(2);
			return head.length == 2 && head[0] == 'P' && head[1] == 'K';
		}
	}

}
