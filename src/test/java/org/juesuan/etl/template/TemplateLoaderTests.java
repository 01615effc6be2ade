package org.juesuan.etl.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped set loads; a local folder overrides a file; a broken file is named with its
 * key.
 */
class TemplateLoaderTests {

	@TempDir
	Path dir;

	@Test
	void loadsThePackagedSetWithThirteenTables() {
		TemplateSet set = TemplateLoader.load("sichuan-2024", dir.toString());
		assertThat(set.tables()).extracting(TableTemplate::number)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
		assertThat(set.table(13).orElseThrow().title()).isEqualTo("财政拨款“三公”经费支出决算表");
		assertThat(set.vocabulary().functionalClassCode("十九、住房保障支出")).contains("221");
	}

	@Test
	void aLocalFileOverridesThePackagedOne() throws Exception {
		Path local = Files.createDirectories(dir.resolve("sichuan-2024"));
		Files.writeString(local.resolve("t03.yml"), """
				number: 3
				title: 部门支出决算明细总表
				labels: [公开03表]
				columns:
				  - {name: 本年支出合计, header: [本年支出合计]}
				""");
		TemplateSet set = TemplateLoader.load("sichuan-2024", dir.toString());
		assertThat(set.table(3).orElseThrow().title()).isEqualTo("部门支出决算明细总表");
	}

	@Test
	void aBrokenFileIsReportedWithFileAndKey() throws Exception {
		Path local = Files.createDirectories(dir.resolve("sichuan-2024"));
		Files.writeString(local.resolve("t06.yml"), """
				number: 6
				title: 一般公共预算财政拨款支出决算表
				columns:
				  - {name: 合计}
				""");
		assertThatThrownBy(() -> TemplateLoader.load("sichuan-2024", dir.toString()))
			.isInstanceOf(ConfigException.class)
			.hasMessageContaining("t06.yml")
			.hasMessageContaining("columns[0].header");
	}

	@Test
	void anUnknownSetIsReported() {
		assertThatThrownBy(() -> TemplateLoader.load("nowhere-1999", dir.toString()))
			.isInstanceOf(ConfigException.class)
			.hasMessageContaining("nowhere-1999/")
			.hasMessageContaining("_set.yml: not found");
	}

}
