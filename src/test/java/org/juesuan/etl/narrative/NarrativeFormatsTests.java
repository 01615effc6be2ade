package org.juesuan.etl.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed given as GBK text, .docx and .pdf (built here from its text) gives the same
 * claims as the .txt.
 */
class NarrativeFormatsTests {

	private static final String CUT_WORD = "集中办公区专项维修经费专项预算项目绩效自评得分";

	@TempDir
	Path dir;

	private final NarrativeReader reader = NarrativeReader.withDefaults();

	@Test
	void gbkTextGivesTheSameClaimsAsUtf8() throws Exception {
		Path gbk = dir.resolve("编制说明.txt");
		Files.write(gbk, Seed.text().getBytes(TextDecoder.GB18030));
		assertThat(reader.read(gbk).claims()).isEqualTo(utf8().claims());
	}

	@Test
	void utf8WithByteOrderMarkIsRead() throws Exception {
		Path bom = dir.resolve("bom.txt");
		byte[] text = Seed.text().getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		Files.write(bom, withBom);
		assertThat(reader.read(bom).claims()).isEqualTo(utf8().claims());
	}

	@Test
	void docxGivesTheSameClaims() throws Exception {
		Path docx = dir.resolve("编制说明.docx");
		Files.write(docx, DocumentFixtures.docx(cutInsideAWord(utf8().paragraphs()), List.of()));
		NarrativeResult result = reader.read(docx);
		assertThat(result.paragraphs()).isEqualTo(utf8().paragraphs());
		assertThat(result.claims()).isEqualTo(utf8().claims());
	}

	@Test
	void pdfWithWrappedLinesPageNumbersAndAWordCutByAPageBreakGivesTheSameClaims() throws Exception {
		File font = DocumentFixtures.cjkFont().orElse(null);
		assumeTrue(font != null, "no CJK font on this machine (apt-get install fonts-wqy-zenhei)");
		Path pdf = dir.resolve("编制说明.pdf");
		Files.write(pdf, DocumentFixtures.pdf(cutInsideAWord(utf8().paragraphs()), font));
		NarrativeResult result = reader.read(pdf);
		assertThat(result.paragraphs()).anySatisfy(p -> assertThat(p).contains(CUT_WORD + "为 91 分"));
		assertThat(result.claims()).extracting(NarrativeFormatsTests::essence)
			.isEqualTo(utf8().claims().stream().map(NarrativeFormatsTests::essence).toList());
		assertThat(result.report().unaccounted()).isEmpty();
	}

	@Test
	void docxTablesAreReadRowByRowInBodyOrder() throws Exception {
		Path docx = dir.resolve("table.docx");
		Files.write(docx,
				DocumentFixtures.docx(List.of("表前说明："), List.of(List.of("项目", "金额（万元）"), List.of("基本支出", "199.81"))));
		assertThat(NarrativeText.paragraphs(docx)).containsExactly("表前说明：", "项目 | 金额（万元）", "基本支出 | 199.81", "表后说明。");
	}

	@Test
	void docxLineBreaksInsideAWordAreJoined() throws Exception {
		Path docx = dir.resolve("breaks.docx");
		Files.write(docx, DocumentFixtures.docxWithLineBreaks("人员经费 183.79 万元，主要包括：基本工资 36.57 万元、津贴", "补贴 36.25 万元。"));
		assertThat(NarrativeText.paragraphs(docx)).containsExactly("人员经费 183.79 万元，主要包括：基本工资 36.57 万元、津贴补贴 36.25 万元。");
	}

	private NarrativeResult utf8() {
		return reader.read(Seed.file());
	}

	/**
	 * The paragraphs with a break inside 集中办公区 (a new Word paragraph, a PDF page break).
	 */
	private static List<String> cutInsideAWord(List<String> paragraphs) {
		List<String> cut = new ArrayList<>();
		boolean done = false;
		for (String paragraph : paragraphs) {
			int at = paragraph.indexOf(CUT_WORD);
			if (!done && at >= 0) {
				paragraph = paragraph.substring(0, at + 3) + DocumentFixtures.BREAK + paragraph.substring(at + 3);
				done = true;
			}
			cut.add(paragraph);
		}
		assertThat(done).isTrue();
		return cut;
	}

	private static String essence(Claim c) {
		return String.join("|", c.section(), c.claimType().name(), c.subject(), c.value().toPlainString(),
				String.valueOf(c.statedUnit()), String.valueOf(c.parent()), String.valueOf(c.denominator()));
	}

}
