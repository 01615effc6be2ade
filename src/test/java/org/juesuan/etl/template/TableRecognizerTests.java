package org.juesuan.etl.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Recognition by title (fuzzy, prefixed, typos), by label, by header words; a 目录 is no
 * table.
 */
class TableRecognizerTests {

	private static final TemplateSet SET = TemplateLoader.load("sichuan-2024", "config/templates");

	private final TableRecognizer recognizer = new TableRecognizer(SET);

	@ParameterizedTest
	@CsvSource({ "收入支出决算总表, 1", "2024年度收入支出决算总表, 1", "攀枝花市东区测试局2024年度财政拨款收入支出决算总表, 4", "政拨款收入支出决算总表, 4", "出决算表, 3",
			"收入决算表, 2", "一般公共预算财政拨款支出决算表, 6", "一般公共预算财政拨款支出决算明细表, 7", "财政拨款支出决算明细表, 5", "一般公共预算财政拨款基本支出决算明细, 8",
			"一般公共预算财政拨款基本支出决算表, 8", "九、一般公共预算财政拨款项目支出决算表, 9", "国有资本经营预算财政拨款收入支出决算表, 11",
			"国有资本经营预算财政拨款支出决算表（我办没有有关数据，故本表无数据）, 12", "财政拨款\"三公\"经费支出决算表, 13", "财政拨款三公经费支出决算表, 13" })
	void recognisesTitles(String title, int expected) {
		Optional<Recognition> r = recognizer.recognize("Sheet1", List.of(List.of(Text.normalize(title))), "攀枝花市东区测试局");
		assertThat(r).map(x -> x.template().number()).contains(expected);
	}

	@Test
	void aTitleWithANoteAndALineBreakAfterItIsStillTheTitle() {
		Optional<Recognition> r = recognizer.recognize("Sheet1", List.of(List.of(Text.normalize("收入决算表（续表）\u2028"))),
				"");
		assertThat(r).map(x -> x.template().number()).contains(2);
	}

	@Test
	void recognisesByLabelWhenTheTitleIsMissing() {
		Optional<Recognition> r = recognizer.recognize("Sheet1", List.of(List.of("公开05表"), List.of("单位:万元")), "");
		assertThat(r).map(x -> x.template().number()).contains(5);
	}

	@Test
	void recognisesBySheetNameLabel() {
		assertThat(recognizer.recognize("GK11", List.of(List.of("单位:万元")), "")).map(x -> x.template().number())
			.contains(11);
	}

	@Test
	void recognisesByHeaderWords() {
		List<List<String>> rows = List.of(List.of("单位:万元"), List.of("项目", "金额"),
				List.of("本年收入合计", "年初财政拨款结转和结余", "本年支出合计"));
		assertThat(recognizer.recognize("x", rows, "")).map(x -> x.template().number()).contains(4);
	}

	@Test
	void aTableOfContentsIsNoTable() {
		List<List<String>> rows = List.of(List.of("目录"), List.of("一、收入支出决算总表"), List.of("二、收入决算表"), List.of("三、支出决算表"),
				List.of("四、财政拨款收入支出决算总表"));
		assertThat(recognizer.recognize("目录", rows, "")).isEmpty();
	}

	@Test
	void aCoverIsNoTable() {
		assertThat(recognizer.recognize("封面", List.of(List.of("攀枝花市东区测试局"), List.of("2024年度部门决算公开")), "")).isEmpty();
	}

}
