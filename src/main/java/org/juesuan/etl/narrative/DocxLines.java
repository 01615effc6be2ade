package org.juesuan.etl.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The lines of a Word (.docx) document in body order: each paragraph (its manual line
 * breaks as soft breaks), and each table row by row, the cells' text side by side
 * (separated by {@code |}), as lines never joined to others.
 */
final class DocxLines {

	private DocxLines() {
	}

	static List<SourceLine> read(InputStream in) throws IOException {
		List<SourceLine> lines = new ArrayList<>();
		try (XWPFDocument doc = new XWPFDocument(in)) {
			for (IBodyElement element : doc.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					addParagraph(lines, paragraph.getText());
				}
				else if (element instanceof XWPFTable table) {
					addTable(lines, table);
				}
			}
		}
		return lines;
	}

	private static void addParagraph(List<SourceLine> lines, String text) {
		String[] parts = text.split("\\R");
		for (int i = 0; i < parts.length; i++) {
			lines.add(new SourceLine(parts[i], i == 0 ? SourceLine.Break.PARAGRAPH : SourceLine.Break.SOFT));
		}
	}

	private static void addTable(List<SourceLine> lines, XWPFTable table) {
		for (XWPFTableRow row : table.getRows()) {
			String text = row.getTableCells()
				.stream()
				.map(XWPFTableCell::getText)
				.map(cell -> cell.replaceAll("\\s+", " ").strip())
				.collect(Collectors.joining(" | "));
			lines.add(new SourceLine(text, SourceLine.Break.HARD));
		}
	}

}
