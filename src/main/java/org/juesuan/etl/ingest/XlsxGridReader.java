package org.juesuan.etl.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.juesuan.etl.ingest.WorkbookReader.LoadedSheet;
import org.juesuan.etl.ingest.XlsxSheetRefs.SheetRef;
import org.juesuan.etl.model.Finding;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an .xlsx in one streaming pass per sheet part (SAX over POI's {@code OPCPackage}
 * parts), giving the grids POI's usermodel would give without building its DOM. Sheets in
 * the workbook's order; a hidden one only counted against the row cap and reported.
 * Throws {@link XlsxUnsupported} for what it does not reproduce, {@link RowCap.Exceeded}
 * for a worksheet over the row cap.
 */
final class XlsxGridReader {

	private final OPCPackage pkg;

	private final PackagePart workbook;

	private final XMLReader xml;

	private XlsxGridReader(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
		this.pkg = pkg;
		this.workbook = new WorkbookPart(pkg).part();
		try {
			this.xml = XMLHelper.newXMLReader();
		}
		catch (ParserConfigurationException e) {
			throw new SAXException(e);
		}
	}

	/**
	 * The visible sheets' grids; hidden sheets become findings, and each capped worksheet
	 * part streamed is added to {@code counted}.
	 */
	static List<LoadedSheet> read(Path path, String fileName, List<Finding> findings, WorkbookGuard guard,
			Set<String> counted) throws IOException, OpenXML4JException, SAXException {
		try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
			XlsxGridReader reader = new XlsxGridReader(pkg);
			XlsxStyles styles = reader.parse(reader.related(XSSFRelation.STYLES), new XlsxStyles());
			SharedText strings = new SharedText(reader.strings());
			List<LoadedSheet> sheets = new ArrayList<>();
			for (SheetRef ref : reader.parse(reader.workbook, new XlsxSheetRefs()).sheets()) {
				PackagePart part = reader.sheetPart(ref);
				String entry = part.getPartName().getName().substring(1);
				if (guard.caps(entry)) {
					counted.add(entry);
				}
				if (ref.hidden()) {
					findings.add(WorkbookReader.hiddenSheet(fileName, ref.name()));
					reader.countRows(part, guard, entry);
				}
				else {
					XlsxSheetHandler sheet = new XlsxSheetHandler(styles, strings, guard.capFor(entry));
					sheets.add(new LoadedSheet(fileName, reader.parse(part, sheet).grid(ref.name())));
				}
			}
			return sheets;
		}
	}

	/**
	 * A hidden worksheet is not read, but its rows count against the cap all the same.
	 */
	private void countRows(PackagePart part, WorkbookGuard guard, String entry) throws IOException, SAXException {
		if (guard.caps(entry)) {
			parse(part, new RowCounter(guard.capFor(entry)));
		}
	}

	private PackagePart sheetPart(SheetRef ref) throws OpenXML4JException {
		PackageRelationship rel = ref.relId() == null ? null : workbook.getRelationship(ref.relId());
		if (rel == null || !XSSFRelation.WORKSHEET.getRelation().equals(rel.getRelationshipType())) {
			throw new XlsxUnsupported("sheet " + ref.name() + " is no worksheet part");
		}
		PackagePart part = pkg.getPart(PackagingURIHelper.createPartName(rel.getTargetURI()));
		if (part == null) {
			throw new XlsxUnsupported("sheet " + ref.name() + " has no part");
		}
		return part;
	}

	private PackagePart related(XSSFRelation relation) throws OpenXML4JException {
		PackageRelationshipCollection rels = workbook.getRelationshipsByType(relation.getRelation());
		return rels.isEmpty() ? null : workbook.getRelatedPart(rels.getRelationship(0));
	}

	private ReadOnlySharedStringsTable strings() throws IOException, OpenXML4JException, SAXException {
		PackagePart part = related(XSSFRelation.SHARED_STRINGS);
		return part == null ? new ReadOnlySharedStringsTable(new ByteArrayInputStream(new byte[0]), false)
				: new ReadOnlySharedStringsTable(part, false);
	}

	/** Streams a part (none: nothing) through a handler and gives the handler back. */
	private <H extends DefaultHandler> H parse(PackagePart part, H handler) throws IOException, SAXException {
		if (part == null) {
			return handler;
		}
		xml.setContentHandler(handler);
		try (InputStream in = part.getInputStream()) {
			xml.parse(new InputSource(in));
		}
		return handler;
	}

	/** A hidden worksheet: only its rows are counted. */
	private static final class RowCounter extends DefaultHandler {

		private final RowCap cap;

		RowCounter(RowCap cap) {
			this.cap = cap;
		}

		@Override
		public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) {
			if (localName.equals("row")) {
				cap.count();
			}
		}

	}

	/** The workbook part, found and checked as POI's {@link XSSFReader} does. */
	private static final class WorkbookPart extends XSSFReader {

		WorkbookPart(OPCPackage pkg) throws IOException, OpenXML4JException {
			super(pkg);
		}

		PackagePart part() {
			return workbookPart;
		}

	}

}
