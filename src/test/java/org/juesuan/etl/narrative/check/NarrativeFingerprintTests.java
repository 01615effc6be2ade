package org.juesuan.etl.narrative.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.IndexFixture;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.narrative.NarrativeReader;
import org.juesuan.etl.template.Templates;
import org.junit.jupiter.api.Test;

/**
 * A narrative finding's fingerprint says what the sentence states, not where it stands:
 * editing the narrative around a wrong figure keeps it, so the explanation attached to it
 * stays attached.
 */
class NarrativeFingerprintTests {

	private static final NarrativeChecker CHECKER = new NarrativeChecker(
			NarrativeMappingLoader.load(Path.of("config/narrative"), "sichuan-2024"), Templates.ALL::canonicalTitle);

	private static final NarrativeReader READER = NarrativeReader.withDefaults();

	private static final String TOTALS = "2024 年度收入、支出总计均为 411.99 万元。";

	private static final String WRONG_BASIC = "2024 年度本年支出合计 411.91 万元，其中：基本支出 189.81 万元。";

	/** The WARNING and ERROR findings of a rule. */
	private static List<Finding> findings(String rule, String... paragraphs) {
		List<String> text = new ArrayList<>(List.of("第二部分 2024年度部门决算情况说明"));
		text.addAll(List.of(paragraphs));
		IndexFixture tables = new IndexFixture().put(1, "收入总计", "金额", "411.99", "C30")
			.put(1, "支出总计", "金额", "411.99", "F30")
			.put(1, "本年支出合计", "金额", "411.91", "F20")
			.put(3, "合计", "基本支出", "199.81", "D7")
			.put(3, "合计", "项目支出", "212.11", "E7");
		return CHECKER.check(READER.read(text, "测试局"), "说明.txt", tables.index(), null)
			.findings()
			.stream()
			.filter(f -> f.ruleId().equals(rule) && f.severity() != Severity.INFO)
			.toList();
	}

	@Test
	void aParagraphInsertedAboveAndASentenceRewordedElsewhereKeepTheFingerprint() {
		Finding before = single(findings("N.amount", "一、收入支出决算总体情况说明", TOTALS, "三、支出决算情况说明", WRONG_BASIC));

		Finding after = single(findings("N.amount", "一、收入支出决算总体情况说明", "本年度收入、支出总计均为 411.99 万元，与上年持平。", "三、支出决算情况说明",
				"支出主要用于电子政务平台的运行维护。", "本部门无其他需说明的事项。", WRONG_BASIC));

		assertThat(after.narrativeQuote()).isEqualTo(before.narrativeQuote());
		assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
	}

	@Test
	void aRewordedSentenceStillStatingTheWrongFigureKeepsTheFingerprint() {
		Finding before = single(findings("N.amount", "三、支出决算情况说明", WRONG_BASIC));

		Finding after = single(findings("N.amount", "三、支出决算情况说明", "本年支出合计 411.91 万元，其中基本支出为 189.81 万元。"));

		assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
	}

	@Test
	void twoClaimsOfTheSameKindInOneSectionHaveDistinctFingerprintsThatStayPut() {
		String again = "基本支出 189.81 万元，主要用于人员工资。";
		List<Finding> before = findings("N.amount", "三、支出决算情况说明", WRONG_BASIC, again);

		List<Finding> after = findings("N.amount", "三、支出决算情况说明", "支出情况如下。", WRONG_BASIC, "以上为本年支出。", again);

		assertThat(before).hasSize(2).extracting(Finding::fingerprint).doesNotHaveDuplicates();
		assertThat(after).extracting(Finding::fingerprint)
			.containsExactlyElementsOf(before.stream().map(Finding::fingerprint).toList());
		assertThat(after).extracting(Finding::narrativeQuote)
			.containsExactlyElementsOf(before.stream().map(Finding::narrativeQuote).toList());
	}

	@Test
	void templateTextKeepsItsFingerprintWhenTheSentenceAroundItIsReworded() {
		Finding before = single(findings("N.template-text", "三、支出决算情况说明", "本年支出增加（减少）的主要原因是设备购置。"));

		Finding after = single(findings("N.template-text", "三、支出决算情况说明", "与上年相比，本年支出增加（减少），原因是购置设备。"));

		assertThat(after.narrativeQuote()).isNotEqualTo(before.narrativeQuote());
		assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
	}

	private static Finding single(List<Finding> findings) {
		assertThat(findings).hasSize(1);
		return findings.get(0);
	}

}
