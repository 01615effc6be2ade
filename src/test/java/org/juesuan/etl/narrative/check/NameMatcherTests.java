package org.juesuan.etl.narrative.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The memo of canonical names answers what the normalisation itself answers. */
class NameMatcherTests {

	private static final NarrativeMapping MAPPING = NarrativeMappingLoader.load(Path.of("config/narrative"),
			"sichuan-2024");

	/**
	 * Every name of the mapping and every Chinese word of the vocabulary, as written and
	 * as tables and narratives dress them (ordinal, marker, full-width space, quotes).
	 */
	private static List<String> names() throws IOException {
		Set<String> plain = new LinkedHashSet<>();
		MAPPING.lines().stream().map(NarrativeMapping.Line::subject).filter(Objects::nonNull).forEach(plain::add);
		MAPPING.mustDescribe()
			.stream()
			.map(NarrativeMapping.Line::subject)
			.filter(Objects::nonNull)
			.forEach(plain::add);
		plain.addAll(MAPPING.itemNames().values());
		MAPPING.itemLists().forEach(l -> plain.add(l.subject()));
		Matcher words = Pattern.compile("[\\p{IsHan}（）]+")
			.matcher(Files.readString(Path.of("config/narrative/subjects.yml")));
		while (words.find()) {
			plain.add(words.group());
		}
		plain.addAll(List.of("其他交通费用", "其他交通费", "因公出国（境）经费", "行政事业单位离退休", "公务用车运行费"));
		List<String> all = new ArrayList<>();
		for (String name : plain) {
			all.addAll(List.of(name, "一、" + name, "（二）" + name, "3." + name, name + "（类）", name + "（款）", name + "(项)",
					"“" + name + "”", name + "　", name + "支出", name + "（万元）", "（三）" + name + "（项）"));
		}
		all.add("");
		return all;
	}

	@Test
	void theRememberedCanonicalNameIsTheComputedOne() throws IOException {
		NameMatcher names = MAPPING.names();
		List<String> all = names();
		assertThat(all).hasSizeGreaterThan(1000);
		for (int pass = 0; pass < 2; pass++) {
			for (String name : all) {
				assertThat(names.canonical(name)).as(name).isEqualTo(names.computeCanonical(name));
			}
		}
		assertThat(names.canonical(null)).isEqualTo(names.computeCanonical(null));
	}

	@Test
	void aliasesAndMarkersStillMatch() {
		NameMatcher names = new NameMatcher(List.of(List.of("其他交通费用", "其他交通费")));
		for (int pass = 0; pass < 2; pass++) {
			assertThat(names.same("其他交通费（项）", "一、其他交通费用")).isTrue();
			assertThat(names.same("一般公共服务（类）", "一般公共服务支出")).isFalse();
			assertThat(names.sameLoosely("一般公共服务（类）", "一般公共服务支出")).isTrue();
		}
	}

	@Test
	void theMemoStaysWithinItsBound() {
		NameMatcher names = new NameMatcher(List.of());
		for (int i = 0; i < NameMatcher.REMEMBERED * 3 + 7; i++) {
			String name = "科目" + i;
			assertThat(names.canonical(name)).isEqualTo(name);
			assertThat(names.remembered()).isLessThanOrEqualTo(NameMatcher.REMEMBERED);
		}
		assertThat(names.canonical("（一）科目5（款）")).isEqualTo("科目5");
	}

}
