package org.juesuan.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher counts an import's packages where the application will look for them, and
 * declines to guess when the input folder may be set elsewhere.
 */
class ImportSizeTests {

	@TempDir
	Path dir;

	@BeforeEach
	void packages() throws IOException {
		for (String p : List.of("input/2023/甲局", "input/2024/甲局", "input/2024/乙局", "other/2024/丙局")) {
			Files.createDirectories(dir.resolve(p));
		}
		Files.writeString(dir.resolve("input/2024/说明.txt"), "not a package");
	}

	@Test
	void countsYearAndDepartmentFoldersOfTheInputGivenOrTheDefault() {
		assertThat(ImportSize.packages(List.of("import"), List.of(), Map.of(), dir, 100)).hasValue(3);
		assertThat(ImportSize.packages(List.of("import", "--input", "other"), List.of(), Map.of(), dir, 100))
			.hasValue(1);
		assertThat(ImportSize.packages(List.of("import", "--full", "--input=other"), List.of(), Map.of(), dir, 100))
			.hasValue(1);
		assertThat(ImportSize.packages(List.of("import", "--input", "missing"), List.of(), Map.of(), dir, 100))
			.hasValue(0);
	}

	@Test
	void stopsCountingPastTheLimit() {
		assertThat(ImportSize.packages(List.of("import"), List.of(), Map.of(), dir, 1)).hasValue(2);
	}

	@Test
	void onlyAnImportIsCounted() {
		assertThat(ImportSize.packages(List.of("check"), List.of(), Map.of(), dir, 100)).isEmpty();
		assertThat(ImportSize.packages(List.of(), List.of(), Map.of(), dir, 100)).isEmpty();
	}

	@Test
	void anInputThatConfigurationMayMoveIsNotGuessed() throws IOException {
		assertThat(ImportSize.packages(List.of("import", "--juesuan.input=other"), List.of(), Map.of(), dir, 100))
			.isEmpty();
		assertThat(ImportSize.packages(List.of("import"), List.of("-Djuesuan.input=other"), Map.of(), dir, 100))
			.isEmpty();
		assertThat(ImportSize.packages(List.of("import"), List.of(), Map.of("JUESUAN_INPUT", "other"), dir, 100))
			.isEmpty();
		Files.createDirectories(dir.resolve("config/prod"));
		Files.writeString(dir.resolve("config/application.yml"), "juesuan:\n  district: 东区\n  #   input: input\n");
		assertThat(ImportSize.packages(List.of("import"), List.of(), Map.of(), dir, 100)).as("commented out")
			.hasValue(3);
		Files.writeString(dir.resolve("config/prod/application-prod.properties"), "juesuan.input=/data/in\n");
		assertThat(ImportSize.packages(List.of("import"), List.of(), Map.of(), dir, 100)).isEmpty();
		assertThat(ImportSize.packages(List.of("import", "--input", "other"), List.of(), Map.of(), dir, 100))
			.as("the command line wins over configuration")
			.hasValue(1);
	}

	@Test
	void otherSettingsDoNotHideTheInput() {
		assertThat(ImportSize.packages(List.of("import", "--spring.datasource.url=jdbc:h2:file:./db/x"),
				List.of("-Dspring.output.ansi.enabled=never"), Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:mem:x"), dir,
				100))
			.hasValue(3);
		assertThat(ImportSize.packages(List.of("import", "--input", "other", "--spring.config.location=x.yml"),
				List.of(), Map.of(), dir, 100))
			.hasValue(1);
		assertThat(
				ImportSize.packages(List.of("import", "--spring.config.location=x.yml"), List.of(), Map.of(), dir, 100))
			.isEmpty();
		assertThat(
				ImportSize.packages(List.of("import"), List.of(), Map.of("SPRING_PROFILES_ACTIVE", "prod"), dir, 100))
			.isEmpty();
	}

	@Test
	void aYamlInputKeyIsSeen() throws IOException {
		Files.createDirectories(dir.resolve("config"));
		Files.writeString(dir.resolve("config/application.yaml"), "juesuan:\n  input: /data/in\n");
		assertThat(ImportSize.packages(List.of("import"), List.of(), Map.of(), dir, 100)).isEmpty();
	}

}
