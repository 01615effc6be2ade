package org.juesuan.etl.model;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The children index and the label lookup answer what a scan of the rows answers. */
class TableFiguresTests {

	private static final List<String> ROWS = List.of("合计", "201", "20101", "2010101", "2010102", "20103", "2010301",
			"208", "20805", "2080505", "2080506", "2080599", "20899", "2089999", "3", "30", "301", "30101", "302",
			"30201", "21", "2", "一、工资福利支出", "其他", "2080", "208050");

	private static FigureIndex index() {
		IndexFixture fixture = new IndexFixture();
		ROWS.forEach(r -> fixture.put(6, r, "合计", "1.00", "C1").put(6, r, "基本支出", "0.50", "D1"));
		return fixture.index();
	}

	/** How the rows' children were found before the index: a scan with the patterns. */
	private static List<String> scan(List<String> keys, String parent) {
		List<String> result = new ArrayList<>();
		for (String k : keys) {
			boolean child = parent.equals("合计") ? k.matches("\\d{3}") : parent.matches("\\d+") && k.matches("\\d+")
					&& k.length() == parent.length() + 2 && k.startsWith(parent);
			if (child) {
				result.add(k);
			}
		}
		return result;
	}

	@Test
	void childrenAreThoseTheScanFinds() {
		FigureIndex index = index();
		TableFigures t = index.table(6).orElseThrow();
		List<String> parents = new ArrayList<>(ROWS);
		parents.addAll(List.of("9", "20", "2010", "x1"));
		for (String parent : parents) {
			assertThat(index.select(6, "@children(" + parent + ")")).as(parent).isEqualTo(scan(t.rowKeys(), parent));
		}
		assertThat(index.select(6, "@parents"))
			.isEqualTo(t.rowKeys().stream().filter(k -> !scan(t.rowKeys(), k).isEmpty()).toList());
		assertThat(index.select(6, "@类")).isEqualTo(t.rowKeys().stream().filter(k -> k.matches("\\d{3}")).toList());
		assertThat(index.select(6, "@款")).isEqualTo(t.rowKeys().stream().filter(k -> k.matches("\\d{5}")).toList());
		assertThat(index.select(6, "@项")).isEqualTo(t.rowKeys().stream().filter(k -> k.matches("\\d{7}")).toList());
		assertThat(index.select(6, "@codes")).isEqualTo(t.rowKeys().stream().filter(k -> k.matches("\\d+")).toList());
	}

	@Test
	void aFigureAddedLaterIsAChildToo() {
		TableFigures t = index().table(6).orElseThrow();
		assertThat(t.children("20805")).containsExactly("2080505", "2080506", "2080599");
		t.add(new Figure(6, 99, "2080507", "新项", "合计", null, null, null, "万元", "f.xlsx", "公开06表", "C9"));
		assertThat(t.children("20805")).containsExactly("2080505", "2080506", "2080599", "2080507");
	}

	@Test
	void aRowIsLabelledByItsFirstFigureElseByItsKey() {
		TableFigures t = index().table(6).orElseThrow();
		assertThat(t.label("2080505")).isEqualTo("科目2080505");
		assertThat(t.label("其他")).isEqualTo("其他");
		assertThat(t.label("9999")).isEqualTo("9999");
		assertThat(t.hasRow("208")).isTrue();
		assertThat(t.hasRow("209")).isFalse();
	}

	@Test
	void codesAreAsciiDigitsOnly() {
		assertThat(List.of("208", "0", "2080505")).allMatch(TableFigures::isCode);
		assertThat(List.of("", "20８", "２０８", "208a", "一", " 208")).noneMatch(TableFigures::isCode);
	}

}
