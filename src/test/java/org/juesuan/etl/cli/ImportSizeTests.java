package org.juesuan.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher counts an import's packages as the import will find them, and declines to
 * guess when the input folder may be set where it does not look.
 */
class ImportSizeTests {

	@TempDir
	Path dir;

	@BeforeEach
	void packages() throws IOException {
		for (String p : List.of("input/2023/甲局", "input/2024/甲局", "input/2024/乙局", "input/2024/.git",
				"input/archive/丁局", "other/2024/丙局")) {
			Files.createDirectories(dir.resolve(p));
		}
		Files.writeString(dir.resolve("input/2024/说明.txt"), "not a package");
	}

	private OptionalInt count(List<String> arguments) {
		return ImportSize.packages(arguments, List.of(), Map.of(), dir, 100);
	}

	@Test
	void countsTheDepartmentFoldersOfEachYearOfTheInputGivenOrTheDefault() {
		assertThat(count(List.of("import"))).hasValue(3);
		assertThat(count(List.of("import", "--input", "other"))).hasValue(1);
		assertThat(count(List.of("import", "--full", "--input=other"))).hasValue(1);
		assertThat(count(List.of("import", "--input", "missing"))).hasValue(0);
	}

	@Test
	void aYearOrADepartmentNarrowsTheCount() {
		assertThat(count(List.of("import", "--year", "2024"))).hasValue(2);
		assertThat(count(List.of("import", "--department=甲局"))).hasValue(2);
		assertThat(count(List.of("import", "--year=2023", "--department", "乙局"))).hasValue(0);
	}

	@Test
	void aYearFolderThatIsALinkIsNotRead() throws IOException {
		Files.createSymbolicLink(dir.resolve("input/2025"), dir.resolve("other/2024"));
		assertThat(count(List.of("import"))).hasValue(3);
	}

	@Test
	void stopsCountingPastTheLimit() {
		assertThat(ImportSize.packages(List.of("import"), List.of(), Map.of(), dir, 1)).hasValue(2);
	}

	@Test
	void onlyAnImportIsCounted() {
		assertThat(count(List.of("check"))).isEmpty();
		assertThat(count(List.of())).isEmpty();
		assertThat(count(List.of("import", "--input"))).isEmpty();
	}

	@Test
	void argumentsFromAFileAreNotGuessed() {
		assertThat(count(List.of("import", "@nightly.args"))).isEmpty();
	}

	@Test
	void anInputThatSettingsMayMoveIsNotGuessedInAnyOfTheirSpellings() {
		for (String argument : List.of("--juesuan.input=other", "--juesuan.INPUT=other", "--spring.config.location=x",
				"--spring.profiles.active=prod", "--spring.application.json={}")) {
			assertThat(count(List.of("import", argument))).as(argument).isEmpty();
		}
		for (String option : List.of("-Djuesuan.input=other", "-Djuesuan.Input=other", "-Dspring.config.name=site")) {
			assertThat(ImportSize.packages(List.of("import"), List.of(option), Map.of(), dir, 100)).as(option)
				.isEmpty();
		}
		for (String variable : List.of("JUESUAN_INPUT", "juesuan_input", "juesuan.input", "SPRING_APPLICATION_JSON",
				"SPRING_CONFIG_NAME", "SPRING_CONFIG_IMPORT", "SPRING_PROFILES_ACTIVE")) {
			assertThat(ImportSize.packages(List.of("import"), List.of(), Map.of(variable, "x"), dir, 100)).as(variable)
				.isEmpty();
		}
	}

	@Test
	void otherSettingsDoNotHideTheInput() {
		assertThat(ImportSize.packages(List.of("import", "--spring.datasource.url=jdbc:h2:file:./db/x"),
				List.of("-Dspring.output.ansi.enabled=never"), Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:mem:x"), dir,
				100))
			.hasValue(3);
		assertThat(count(List.of("import", "--input", "other", "--spring.config.location=x.yml"))).as("the option wins")
			.hasValue(1);
	}

	@Test
	void aConfigurationFileThatMayMoveTheInputIsNotGuessed() throws IOException {
		Files.createDirectories(dir.resolve("config/prod"));
		Files.writeString(dir.resolve("config/application.yml"), "juesuan:\n  district: 东区\n  #   input: input\n");
		assertThat(count(List.of("import"))).as("commented out").hasValue(3);
		for (String[] file : new String[][] { { "config/prod/application-prod.properties", "juesuan.input /data/in" },
				{ "config/application.yaml", "juesuan:\n  Input: /data/in\n" },
				{ "application.yml", "juesuan: {input: /data/in}\n" },
				{ "config/application-site.yml", "spring:\n  config:\n    import: file:/etc/juesuan/site.yml\n" } }) {
			Path f = dir.resolve(file[0]);
			Files.writeString(f, file[1]);
			assertThat(count(List.of("import"))).as(file[0]).isEmpty();
			assertThat(count(List.of("import", "--input", "other"))).as("the option wins").hasValue(1);
			Files.delete(f);
		}
	}

}
