package org.juesuan.etl.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides, before a narrative (编制说明) is read, whether it can be: not larger than the cap,
 * not empty, and its bytes what its name says (.docx a zip, .pdf a PDF, .txt text, not
 * binary). The answer is the reason it cannot; an I/O error is not such a reason but an
 * exception, so it is never mistaken for a bad (or absent) narrative.
 */
public final class NarrativeFileCheck {

	private static final int SAMPLE = 64 * 1024;

	private NarrativeFileCheck() {
	}

	public static Optional<String> problem(Path file, IngestProperties limits) throws IOException {
		long size = Files.size(file);
		if (size > limits.maxNarrativeSize().toBytes()) {
			return Optional.of("有 " + size + " 字节，超过上限 " + IngestProperties.describe(limits.maxNarrativeSize())
					+ "（juesuan.ingest.max-narrative-size），未读取");
		}
		if (size == 0) {
			return Optional.of("是空文件（0 字节）");
		}
		return content(file, sample(file));
	}

	private static Optional<String> content(Path file, byte[] head) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".docx") && !(head.length >= 2 && head[0] == 'P' && head[1] == 'K')) {
			return Optional.of("不是 .docx 文件（内容不是 Word 文档）");
		}
		if (name.endsWith(".pdf")
				&& !new String(head, 0, Math.min(head.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
					.contains("%PDF")) {
			return Optional.of("不是 .pdf 文件（没有 %PDF 标记）");
		}
		if (name.endsWith(".txt") && binary(head)) {
			return Optional.of("不是文本文件（含二进制内容，无法解码）");
		}
		return Optional.empty();
	}

	/**
	 * Text in UTF-8, GB18030 or UTF-16 (with its BOM) has no NUL bytes and almost no
	 * control characters.
	 */
	private static boolean binary(byte[] head) {
		boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
				|| (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
		if (utf16) {
			return false;
		}
		int control = 0;
		for (byte b : head) {
			if (b == 0) {
				return true;
			}
			if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				control++;
			}
		}
		return control > head.length / 100 + 2;
	}

	private static byte[] sample(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(SAMPLE);
		}
	}

}
