package org.juesuan.etl.narrative;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;

/**
 * The text of a 编制说明 file as an ordered list of repaired paragraphs. Reads {@code .txt}
 * (UTF-8 or GBK/GB18030, detected), {@code .docx} (paragraphs and table rows in body
 * order) and {@code .pdf} (by position), then joins words cut by line or page breaks and
 * normalises characters (see {@link TextRepair}).
 */
public final class NarrativeText {

	private NarrativeText() {
	}

	/** Reads and repairs a file; the format is chosen by its extension. */
	public static List<String> paragraphs(Path file) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			return TextRepair.paragraphs(lines(file.getFileName().toString(), bytes));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read narrative " + file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Reads and repairs a file's bytes, already read (so they are the bytes whose hash
	 * was checked); the format is chosen by the name's extension. A document its format's
	 * parser refuses (a broken .docx or .pdf) is an IOException; any other exception is a
	 * fault of the reading, not of the document.
	 */
	public static List<String> paragraphs(String fileName, byte[] bytes) throws IOException {
		return TextRepair.paragraphs(lines(fileName, bytes));
	}

	/** Repairs text already read: each line a paragraph candidate, as in a .txt file. */
	public static List<String> paragraphs(String text) {
		return TextRepair.paragraphs(textLines(text));
	}

	static List<SourceLine> lines(String fileName, byte[] bytes) throws IOException {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".docx")) {
			try {
				return DocxLines.read(new ByteArrayInputStream(bytes));
			}
			catch (UnsupportedFileFormatException | POIXMLException | OpenXML4JRuntimeException refused) {
				throw new IOException(refused.getMessage(), refused);
			}
		}
		if (name.endsWith(".pdf")) {
			return PdfLines.read(bytes);
		}
		if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
			return textLines(TextDecoder.decode(bytes));
		}
		throw new IllegalArgumentException(fileName + ": unsupported narrative format (expected .txt, .docx or .pdf)");
	}

	private static List<SourceLine> textLines(String text) {
		return Arrays.stream(text.split("\\R")).map(line -> new SourceLine(line, SourceLine.Break.PARAGRAPH)).toList();
	}

}
