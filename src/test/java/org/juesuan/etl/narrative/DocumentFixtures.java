package org.juesuan.etl.narrative;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Builds narrative documents in code: a .docx of paragraphs (a {@link #BREAK} in a
 * paragraph becomes a new Word paragraph, as a careless export leaves them), a .docx with
 * manual line breaks, and (through {@link PdfFixture}) an A4 .pdf.
 */
final class DocumentFixtures {

	static final char BREAK = '\u0001';

	private static final List<String> CJK_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
			"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc");

	private DocumentFixtures() {
	}

	static byte[] pdf(List<String> paragraphs, File fontFile) throws IOException {
		return PdfFixture.pdf(paragraphs, fontFile);
	}

	static Optional<File> cjkFont() {
		return CJK_FONTS.stream().map(File::new).filter(File::isFile).findFirst();
	}

	static byte[] docx(List<String> paragraphs, List<List<String>> tableRows) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String paragraph : paragraphs) {
				for (String part : paragraph.split(String.valueOf(BREAK))) {
					doc.createParagraph().createRun().setText(part);
				}
			}
			if (!tableRows.isEmpty()) {
				XWPFTable table = doc.createTable(tableRows.size(), tableRows.get(0).size());
				for (int r = 0; r < tableRows.size(); r++) {
					for (int c = 0; c < tableRows.get(r).size(); c++) {
						table.getRow(r).getCell(c).setText(tableRows.get(r).get(c));
					}
				}
				doc.createParagraph().createRun().setText("表后说明。");
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

	/** A paragraph whose runs are separated by manual line breaks (w:br). */
	static byte[] docxWithLineBreaks(String... lines) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph paragraph = doc.createParagraph();
			for (int i = 0; i < lines.length; i++) {
				XWPFRun run = paragraph.createRun();
				run.setText(lines[i]);
				if (i + 1 < lines.length) {
					run.addBreak();
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

}
