package org.juesuan.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedJvmTests {

	private static TunedJvm.Launch launch(List<String> jvmOptions, String classPath, Map<String, String> env,
			boolean child, int processors) {
		return new TunedJvm.Launch(List.of("check"), jvmOptions, classPath, env, child, processors, Path.of("."));
	}

	@Test
	void aJarStartedPlainlyIsRelaunched() {
		assertThat(TunedJvm.relaunches(launch(List.of("-Xmx2g"), "target/juesuan-etl.jar", Map.of(), false, 2)))
			.isTrue();
	}

	@Test
	void theChildTheSwitchAClassPathAnAgentOrTheOperatorsOwnJitOptionsKeepItInProcess() {
		String jar = "target/juesuan-etl.jar";
		assertThat(TunedJvm.relaunches(launch(List.of(), jar, Map.of(), true, 2))).as("child").isFalse();
		assertThat(TunedJvm.relaunches(launch(List.of(), jar, Map.of(TunedJvm.SWITCH, "OFF"), false, 2))).as("off")
			.isFalse();
		assertThat(TunedJvm.relaunches(launch(List.of(), "target/classes:lib/a.jar", Map.of(), false, 2)))
			.as("class path")
			.isFalse();
		for (String own : List.of("-agentlib:jdwp=transport=dt_socket,server=y", "-javaagent:x.jar",
				"-XX:SharedArchiveFile=a.jsa", "-XX:TieredStopAtLevel=1", "-XX:Tier4InvocationThreshold=1",
				"-Xshare:off")) {
			assertThat(TunedJvm.relaunches(launch(List.of(own), jar, Map.of(), false, 2))).as(own).isFalse();
		}
	}

	@Test
	void theChildGetsOurOptionsThenTheOperatorsThenTheMarkerAndTheJarTheOperatorRan() {
		TunedJvm.Launch launch = new TunedJvm.Launch(List.of("import", "--input", "in"), List.of("-Xmx2g"),
				"target/juesuan-etl.jar", Map.of(), false, 2, Path.of("."));
		List<String> cmd = TunedJvm.command("java", List.of("-XX:SharedArchiveFile=a.jsa"), launch,
				Path.of("/cache/app/juesuan-etl.jar"));
		assertThat(cmd).containsExactly("java", "-XX:SharedArchiveFile=a.jsa", "-Xmx2g", "-Djuesuan.jvm.child=true",
				"-D" + TunedJvm.LAUNCHED_JAR + "=" + Path.of("target/juesuan-etl.jar").toAbsolutePath(), "-jar",
				"/cache/app/juesuan-etl.jar", "import", "--input", "in");
	}

	@Test
	void c2WaitsLongerOnTwoCoresOnly() {
		assertThat(TunedJvm.compilerOptions(launch(List.of(), "a.jar", Map.of(), false, 2))).containsExactlyElementsOf(
				Stream.concat(TunedJvm.LATE_C2.stream(), TunedJvm.LEAN_INLINING.stream()).toList());
		assertThat(TunedJvm.compilerOptions(launch(List.of(), "a.jar", Map.of(), false, 1))).containsExactlyElementsOf(
				Stream.concat(TunedJvm.LATE_C2.stream(), TunedJvm.LEAN_INLINING.stream()).toList());
		assertThat(TunedJvm.compilerOptions(launch(List.of(), "a.jar", Map.of(), false, 4))).isEmpty();
	}

	@Test
	void onTwoCoresAnImportOfAFewPackagesGetsC1AloneAndALargerOneLateC2(@TempDir Path dir) throws IOException {
		for (int i = 0; i < TunedJvm.SHORT_IMPORT; i++) {
			Files.createDirectories(dir.resolve("small/2024/dept-" + i));
		}
		Files.createDirectories(dir.resolve("large/2023/dept-0"));
		for (int i = 0; i < TunedJvm.SHORT_IMPORT; i++) {
			Files.createDirectories(dir.resolve("large/2024/dept-" + i));
		}
		List<String> lateC2 = Stream.concat(TunedJvm.LATE_C2.stream(), TunedJvm.LEAN_INLINING.stream()).toList();

		assertThat(TunedJvm.compilerOptions(importing(dir, 2, "--input", "small")))
			.containsExactlyElementsOf(TunedJvm.C1_ONLY);
		assertThat(TunedJvm.compilerOptions(importing(dir, 2, "--input", "large"))).containsExactlyElementsOf(lateC2);
		assertThat(TunedJvm.compilerOptions(importing(dir, 2))).as("no input/ here: nothing to read")
			.containsExactlyElementsOf(TunedJvm.C1_ONLY);
		assertThat(TunedJvm.compilerOptions(importing(dir, 4, "--input", "small"))).isEmpty();
	}

	private static TunedJvm.Launch importing(Path dir, int processors, String... options) {
		List<String> arguments = Stream.concat(Stream.of("import"), Stream.of(options)).toList();
		return new TunedJvm.Launch(arguments, List.of(), "a.jar", Map.of(), false, processors, dir);
	}

	@Test
	void theCacheIsTheOperatorsChoiceElseTheUsersCacheFolder() {
		assertThat(TunedJvm.cacheRoot(Map.of(TunedJvm.CACHE, "/var/cache/j"))).isEqualTo(Path.of("/var/cache/j"));
		assertThat(TunedJvm.cacheRoot(Map.of("XDG_CACHE_HOME", "/x"))).isEqualTo(Path.of("/x", "juesuan-etl"));
		assertThat(TunedJvm.cacheRoot(Map.of()))
			.isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "juesuan-etl"));
	}

}
