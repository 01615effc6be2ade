package org.juesuan.etl.narrative;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.model.Claim;

/**
 * Reads a 编制说明 into claims: extracts and repairs its text ({@link NarrativeText}),
 * segments it into parts, sections and sentences, and reads every stated figure with its
 * subject. Stateless and thread-safe; one instance per vocabulary.
 *
 * <pre>
 * NarrativeResult result = NarrativeReader.withDefaults().read(Path.of("…编制说明.pdf"));
 * result.claimsIn("三、支出决算情况说明");   // 本年支出合计, 基本支出 + share, 项目支出 + share
 * result.report().unaccounted();              // figures of 第二部分 read as no claim
 * </pre>
 */
public final class NarrativeReader {

	/**
	 * The heading words of the 情况说明 part when the caller names none (both official
	 * templates use them).
	 */
	public static final List<String> DEFAULT_PART = List.of("决算情况说明", "情况说明");

	private final SubjectVocabulary vocabulary;

	private final List<String> partWords;

	/** A reader for narratives whose 情况说明 part is headed by one of {@code partWords}. */
	public NarrativeReader(SubjectVocabulary vocabulary, List<String> partWords) {
		this.vocabulary = vocabulary;
		this.partWords = List.copyOf(partWords);
	}

	public NarrativeReader(SubjectVocabulary vocabulary) {
		this(vocabulary, DEFAULT_PART);
	}

	/** A reader with the packaged vocabulary. */
	public static NarrativeReader withDefaults() {
		return new NarrativeReader(SubjectVocabulary.defaults());
	}

	/** Reads a .txt, .docx or .pdf narrative; the department is taken from its title. */
	public NarrativeResult read(Path file) {
		return read(NarrativeText.paragraphs(file), null);
	}

	/** Reads a narrative whose department is known (its name is left out of subjects). */
	public NarrativeResult read(Path file, String department) {
		return read(NarrativeText.paragraphs(file), department);
	}

	/** Reads repaired paragraphs (see {@link NarrativeText#paragraphs(Path)}). */
	public NarrativeResult read(List<String> paragraphs, String department) {
		String name = department != null ? department : DocumentTitle.department(paragraphs);
		Integer year = DocumentTitle.year(paragraphs);
		List<Block> blocks = Outline.blocks(paragraphs);
		NumberScanner scanner = new NumberScanner(vocabulary);
		UnitContext units = new UnitContext(vocabulary.amountUnits, blocks, scanner::scan);
		SentenceReader reader = new SentenceReader(scanner, new SentenceEvents(vocabulary), new CueMatcher(vocabulary),
				new SubjectResolver(vocabulary, name), units, year);
		String part = ExplanatoryPart.find(blocks, partWords);
		Coverage coverage = new Coverage(part);
		List<Claim> claims = readBlocks(blocks, reader, coverage);
		List<Passage> passages = blocks.stream()
			.map(b -> new Passage(b.paragraph(), b.part(), b.section(), b.text()))
			.toList();
		String heading = blocks.stream()
			.filter(b -> !part.isEmpty() && b.part().equals(part))
			.map(Block::partTitle)
			.findFirst()
			.orElse("");
		return new NarrativeResult(paragraphs, name, year, part, heading, passages, claims, coverage.report());
	}

	private static List<Claim> readBlocks(List<Block> blocks, SentenceReader reader, Coverage coverage) {
		ReadingState state = new ReadingState();
		List<Claim> claims = new ArrayList<>();
		for (Block block : blocks) {
			state.enter(block);
			List<String> sentences = Sentences.split(block.text());
			for (int i = 0; i < sentences.size(); i++) {
				SentenceReader.Result result = reader.read(block, i, sentences.get(i), state);
				claims.addAll(result.claims());
				coverage.add(block, sentences.get(i), result);
			}
			state.endParagraph();
		}
		return claims;
	}

}
