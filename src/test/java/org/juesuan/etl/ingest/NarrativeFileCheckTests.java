package org.juesuan.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * A narrative is refused, with the reason, when it is too large, empty, binary, or not
 * the format its name says.
 */
class NarrativeFileCheckTests {

	@TempDir
	Path dir;

	private final IngestProperties limits = new IngestProperties(DataSize.ofKilobytes(1), null, null, null);

	@Test
	void textInUtf8OrGbkPasses() throws Exception {
		assertThat(NarrativeFileCheck.problem(Files.writeString(dir.resolve("a.txt"), "一、部门职责\r\n收入 411.91 万元。\t"),
				limits))
			.isEmpty();
		assertThat(NarrativeFileCheck
			.problem(Files.write(dir.resolve("b.txt"), "收入总计 411.91 万元".getBytes(Charset.forName("GBK"))), limits))
			.isEmpty();
	}

	@Test
	void overTheCapIsRefusedBeforeReading() throws Exception {
		Path big = Files.writeString(dir.resolve("说明.txt"), "很长".repeat(1000));
		assertThat(NarrativeFileCheck.problem(big, limits)).get().asString().contains("超过上限").contains("6000 字节");
	}

	@Test
	void emptyBinaryOrMisnamedFilesAreUnreadable() throws Exception {
		assertThat(NarrativeFileCheck.problem(Files.write(dir.resolve("empty.txt"), new byte[0]), limits)).get()
			.asString()
			.contains("0 字节");
		assertThat(NarrativeFileCheck
			.problem(Files.write(dir.resolve("bin.txt"), new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0 }), limits))
			.get()
			.asString()
			.contains("二进制");
		assertThat(NarrativeFileCheck.problem(Files.writeString(dir.resolve("x.docx"), "not a zip"), limits)).get()
			.asString()
			.contains(".docx");
		assertThat(NarrativeFileCheck.problem(Files.writeString(dir.resolve("x.pdf"), "not a pdf"), limits)).get()
			.asString()
			.contains("%PDF");
	}

}
