package org.juesuan.etl.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Templates, rules and the narrative files are found by one mechanism: the working
 * directory's {@code config/<kind>/} overrides the packaged {@code <kind>/} file by file,
 * a set's own file overrides the shared one, and an error names the file. Each case runs
 * for the three kinds alike, on a file each kind ships.
 */
class ConfigFilesTests {

	private static final String SET = "sichuan-2024";

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "templates, t03.yml, templates/sichuan-2024/t03.yml", "rules, row-sums.yml, rules/row-sums.yml",
			"narrative, mapping.yml, narrative/mapping.yml" })
	void withoutALocalFileThePackagedOneIsUsed(String kind, String name, String packaged) {
		assertThat(ConfigFiles.find(kind, dir, SET, name)).map(ConfigFiles::source).contains("classpath:" + packaged);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "templates, t03.yml, t01.yml", "rules, row-sums.yml, hierarchy.yml",
			"narrative, mapping.yml, subjects.yml" })
	void aLocalFileOverridesThePackagedOneFileByFile(String kind, String name, String other) throws Exception {
		Path local = Files.writeString(Files.createDirectories(dir.resolve(SET)).resolve(name), "local: true\n");

		assertThat(ConfigFiles.find(kind, dir, SET, name)).map(ConfigFiles::source).contains(local.toString());
		assertThat(ConfigFiles.read(ConfigFiles.require(kind, dir, SET, name)).flag("local")).isTrue();
		assertThat(ConfigFiles.source(ConfigFiles.require(kind, dir, SET, other)))
			.startsWith("classpath:" + kind + "/");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "templates", "rules", "narrative" })
	void theSetsOwnFileOverridesTheSharedOneAndLocalOverridesPackagedAtEachLevel(String kind) throws Exception {
		Path shared = Files.writeString(Files.createDirectories(dir).resolve("probe.yml"), "level: shared\n");
		assertThat(ConfigFiles.find(kind, dir, SET, "probe.yml")).map(ConfigFiles::source).contains(shared.toString());
		assertThat(ConfigFiles.find(kind, dir, null, "probe.yml")).map(ConfigFiles::source).contains(shared.toString());

		Path own = Files.writeString(Files.createDirectories(dir.resolve(SET)).resolve("probe.yml"), "level: set\n");

		assertThat(ConfigFiles.find(kind, dir, SET, "probe.yml")).map(ConfigFiles::source).contains(own.toString());
		assertThat(ConfigFiles.find(kind, dir, "national-2024", "probe.yml")).map(ConfigFiles::source)
			.contains(shared.toString());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "templates, t03.yml", "rules, row-sums.yml", "narrative, mapping.yml" })
	void aBrokenLocalFileIsNamedTheSameWay(String kind, String name) throws Exception {
		Path local = Files.writeString(Files.createDirectories(dir.resolve(SET)).resolve(name), "key: [unclosed\n");

		assertThatThrownBy(() -> ConfigFiles.read(ConfigFiles.require(kind, dir, SET, name)))
			.isInstanceOf(ConfigException.class)
			.hasMessageStartingWith("config file " + local + ": (syntax)");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "templates", "rules", "narrative" })
	void aMissingFileNamesItAndEveryFolderSearched(String kind) {
		assertThatThrownBy(() -> ConfigFiles.require(kind, dir, SET, "absent.yml")).isInstanceOf(ConfigException.class)
			.hasMessage("config file " + dir + "/" + SET + "/, classpath:" + kind + "/" + SET + "/, " + dir
					+ "/ or classpath:" + kind + "/: absent.yml: not found");
	}

}
