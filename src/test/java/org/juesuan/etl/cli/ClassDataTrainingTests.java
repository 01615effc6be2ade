package org.juesuan.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The training run reads nothing of the operator's: its store is named on its command
 * line (over any -D or config file) and the environment that could name another is
 * dropped. The training itself, on the real jar, is run by {@code .ci/run}.
 */
class ClassDataTrainingTests {

	@Test
	void theTrainingImportsTheGeneratedDistrictIntoItsOwnEmbeddedStore() {
		List<String> command = ClassDataTraining.importCommand(Path.of("/cache/app/juesuan-etl.jar"));
		assertThat(command)
			.containsSubsequence("-D" + TunedJvm.CHILD + "=true", "-jar", "/cache/app/juesuan-etl.jar", "import",
					"--input", "district")
			.contains("--spring.datasource.url=" + ClassDataTraining.STORE, "--juesuan.output=output");
		assertThat(ClassDataTraining.STORE).startsWith("jdbc:h2:file:./");
	}

	@Test
	void theOperatorsStoreAndSettingsStayOutOfTheTraining() {
		Map<String, String> environment = new HashMap<>(
				Map.of("SPRING_DATASOURCE_URL", "jdbc:mysql://db/juesuan", "JUESUAN_INPUT", "/data",
						"SPRING_CONFIG_ADDITIONAL_LOCATION", "/etc/juesuan/", "PATH", "/usr/bin", "HOME", "/root"));
		ClassDataTraining.scrub(environment);
		assertThat(environment).containsOnlyKeys("PATH", "HOME");
	}

}
