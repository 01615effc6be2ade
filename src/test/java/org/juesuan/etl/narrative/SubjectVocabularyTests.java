package org.juesuan.etl.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.juesuan.etl.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged vocabulary, its aliases, a replacement file, and a broken one named with
 * its key.
 */
class SubjectVocabularyTests {

	@TempDir
	Path dir;

	private final SubjectVocabulary vocabulary = SubjectVocabulary.defaults();

	@Test
	void aliasesMapToTheCanonicalName() {
		assertThat(vocabulary.canonical("其他交通费用")).isEqualTo("其他交通费");
		assertThat(vocabulary.canonical("行政事业单位离退休")).isEqualTo("行政事业单位养老支出");
		assertThat(vocabulary.canonical("公务用车购置及运行费")).isEqualTo("公务用车购置及运行维护费");
		assertThat(vocabulary.canonical("日常公用经费")).isEqualTo("公用经费");
		assertThat(vocabulary.canonical("某个未知科目")).isEqualTo("某个未知科目");
	}

	@Test
	void aReplacementFileAddsPhrasingWithoutJava() throws Exception {
		String yaml = Files.readString(Path.of("config/narrative/subjects.yml"))
				+ "  - {name: 其他商品和服务支出, aliases: [其他商品服务支出]}\n";
		Path file = Files.writeString(dir.resolve("subjects.yml"), yaml);
		NarrativeReader reader = new NarrativeReader(SubjectVocabulary.load(file));
		NarrativeResult result = reader.read(NarrativeText.paragraphs("第二部分 决算情况说明\n六、基本支出\n其他商品服务支出 1.2 万元。"), null);
		assertThat(result.claims()).extracting(Claim::subject).containsExactly("其他商品和服务支出");
	}

	@Test
	void aBrokenFileIsNamedWithItsKey() throws Exception {
		Path file = Files.writeString(dir.resolve("subjects.yml"), "units: {amount: {万元: 10000}}\nsubjects: []\n");
		assertThatThrownBy(() -> SubjectVocabulary.load(file)).hasMessageContaining("subjects.yml")
			.hasMessageContaining("cues");
	}

}
