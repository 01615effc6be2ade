package org.juesuan.etl.narrative;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The lines of a PDF, read in position order. PDFBox marks where it sees a paragraph
 * start (indent or a wider gap); other line ends are soft. Pages are concatenated: a page
 * break is no paragraph break, so a word cut by it is joined again by {@link TextRepair}.
 */
final class PdfLines {

	private static final String PARAGRAPH = "\u2029";

	private PdfLines() {
	}

	static List<SourceLine> read(byte[] bytes) throws IOException {
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setLineSeparator("\n");
			stripper.setParagraphStart(PARAGRAPH);
			return lines(stripper.getText(doc));
		}
	}

	private static List<SourceLine> lines(String text) {
		List<SourceLine> lines = new ArrayList<>();
		boolean paragraph = true;
		for (String line : text.split("\n")) {
			paragraph |= line.contains(PARAGRAPH);
			String clean = line.replace(PARAGRAPH, "");
			if (!clean.isBlank()) {
				lines.add(new SourceLine(clean, paragraph ? SourceLine.Break.PARAGRAPH : SourceLine.Break.SOFT));
				paragraph = false;
			}
		}
		return lines;
	}

}
