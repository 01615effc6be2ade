package org.juesuan.etl.generate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a clean national narrative states for the headline totals equals what its
 * workbooks publish.
 */
class NationalFiguresTests {

	@Test
	void headlineFiguresMatchTheTables(@TempDir Path out) throws Exception {
		CorpusGenerator.generate(out, CorpusGeneratorTests.SEED);
		SoftAssertions soft = new SoftAssertions();
		for (NationalProfiles.Spec spec : NationalProfiles.all()) {
			Path dir = out.resolve("clean/2024").resolve(spec.profile().name());
			String text = CorpusGeneratorTests.narrative(dir).replaceAll("\\s", "");
			WorkbookReader tables = new WorkbookReader(dir);
			soft.assertThat(stated(text, "本年收入合计"))
				.as(dir + " 本年收入合计")
				.isEqualByComparingTo(tables.rightOf("收入支出决算总表", "本年收入合计"));
			soft.assertThat(stated(text, "本年支出合计"))
				.as(dir + " 本年支出合计")
				.isEqualByComparingTo(tables.rightOf("收入支出决算总表", "本年支出合计"));
			soft.assertThat(stated(text, "基本支出")).as(dir + " 基本支出").isEqualByComparingTo(tables.total("支出决算表", "基本支出"));
			soft.assertThat(stated(text, "项目支出")).as(dir + " 项目支出").isEqualByComparingTo(tables.total("支出决算表", "项目支出"));
		}
		soft.assertAll();
		assertThat(Files.exists(out.resolve("planted/manifest.tsv"))).isTrue();
	}

	/** The first amount stated right after a label in the whitespace-free narrative. */
	private static BigDecimal stated(String text, String label) {
		Matcher m = Pattern.compile(Pattern.quote(label) + "([0-9][0-9,]*\\.[0-9]{2})").matcher(text);
		return m.find() ? new BigDecimal(m.group(1).replace(",", "")) : BigDecimal.ZERO;
	}

}
