package org.juesuan.etl.narrative;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays paragraphs out as an A4 PDF in a CJK font: lines wrapped at the page width
 * (anywhere, even inside a word or a number), first lines indented, a page number in each
 * footer, and a page break wherever a paragraph holds {@link DocumentFixtures#BREAK}.
 */
final class PdfFixture {

	private static final float SIZE = 11;

	private static final float LEADING = 16;

	private static final float MARGIN = 60;

	private final PDDocument doc;

	private final PDType0Font font;

	private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private PDPageContentStream stream;

	private float y;

	private int pages;

	private PdfFixture(PDDocument doc, PDType0Font font) {
		this.doc = doc;
		this.font = font;
	}

	static byte[] pdf(List<String> paragraphs, File fontFile) throws IOException {
		try (TrueTypeCollection collection = new TrueTypeCollection(fontFile); PDDocument doc = new PDDocument()) {
			List<TrueTypeFont> fonts = new ArrayList<>();
			collection.processAllFonts(fonts::add);
			new PdfFixture(doc, PDType0Font.load(doc, fonts.get(0), true)).write(paragraphs);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
	}

	private void write(List<String> paragraphs) throws IOException {
		newPage();
		for (String paragraph : paragraphs) {
			y -= LEADING / 2;
			String[] parts = paragraph.split(String.valueOf(DocumentFixtures.BREAK));
			for (int i = 0; i < parts.length; i++) {
				if (i > 0) {
					newPage();
				}
				writeWrapped(parts[i], i == 0 ? 2 * SIZE : 0);
			}
		}
		stream.close();
	}

	private void writeWrapped(String text, float indent) throws IOException {
		int start = 0;
		float first = indent;
		while (start < text.length()) {
			int end = fit(text, start, width - first);
			line(text.substring(start, end), MARGIN + first);
			start = end;
			first = 0;
		}
	}

	private int fit(String text, int start, float available) throws IOException {
		int end = start + 1;
		while (end < text.length() && font.getStringWidth(text.substring(start, end + 1)) / 1000 * SIZE <= available) {
			end++;
		}
		return end;
	}

	private void line(String text, float x) throws IOException {
		if (y < MARGIN + LEADING) {
			newPage();
		}
		show(text, x, y);
		y -= LEADING;
	}

	private void newPage() throws IOException {
		if (stream != null) {
			stream.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		doc.addPage(page);
		stream = new PDPageContentStream(doc, page);
		pages++;
		show("- " + pages + " -", PDRectangle.A4.getWidth() / 2 - 10, MARGIN / 2);
		y = PDRectangle.A4.getHeight() - MARGIN;
	}

	private void show(String text, float x, float atY) throws IOException {
		stream.beginText();
		stream.setFont(font, SIZE);
		stream.newLineAtOffset(x, atY);
		stream.showText(text);
		stream.endText();
	}

}
