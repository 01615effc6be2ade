package org.juesuan.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} a jar whose main class goes through {@link TunedJvm} as the
 * application's does: the command runs in a child JVM with the options chosen for it and
 * this JVM's own, and its exit status is the launcher's. The jar is no Spring Boot jar,
 * so its extraction fails and the child runs the jar as given (the fallback); the
 * application's own jar, extracted and archived, is run by {@code .ci/run}.
 */
class TunedJvmFunctionalTests {

	@TempDir
	Path dir;

	@Test
	void onTwoCoresTheCommandRunsInAChildWithLateLeanC2AndTheOperatorsOptions() throws Exception {
		Path options = dir.resolve("options.txt");
		int status = java(Map.of(), List.of("-XX:ActiveProcessorCount=2", "-Dprobe.mark=1"), "check", options, 7);
		assertThat(status).isEqualTo(7);
		assertThat(Files.readAllLines(options)).containsAll(TunedJvm.LATE_C2)
			.containsAll(TunedJvm.LEAN_INLINING)
			.contains("-Dprobe.mark=1", "-D" + TunedJvm.CHILD + "=true");
	}

	@Test
	void onTwoCoresAShortImportRunsInAChildWithC1Alone() throws Exception {
		Files.createDirectories(dir.resolve("input/2024/甲局"));
		Path options = dir.resolve("options.txt");
		assertThat(java(Map.of(), List.of("-XX:ActiveProcessorCount=2"), "import", options, 0)).isZero();
		assertThat(Files.readAllLines(options)).containsAll(TunedJvm.C1_ONLY)
			.doesNotContainAnyElementsOf(TunedJvm.LATE_C2)
			.contains("-D" + TunedJvm.CHILD + "=true");
	}

	@Test
	void onMoreCoresTheCompilerKeepsItsDefaults() throws Exception {
		Path options = dir.resolve("options.txt");
		assertThat(java(Map.of(), List.of("-XX:ActiveProcessorCount=8"), "check", options, 0)).isZero();
		assertThat(Files.readAllLines(options)).contains("-D" + TunedJvm.CHILD + "=true")
			.noneMatch(o -> o.startsWith("-XX:Tier"));
	}

	@Test
	void switchedOffOrGivenItsOwnCompilerOptionsItRunsInProcess() throws Exception {
		Path off = dir.resolve("off.txt");
		assertThat(java(Map.of(TunedJvm.SWITCH, "off"), List.of(), "import", off, 3)).isEqualTo(3);
		assertThat(Files.readAllLines(off)).noneMatch(o -> o.startsWith("-D" + TunedJvm.CHILD));
		Path own = dir.resolve("own.txt");
		assertThat(java(Map.of(), List.of("-XX:TieredStopAtLevel=1"), "import", own, 0)).isZero();
		assertThat(Files.readAllLines(own)).containsExactly("-XX:TieredStopAtLevel=1");
	}

	private int java(Map<String, String> env, List<String> jvmOptions, String command, Path options, int status)
			throws Exception {
		Path jar = probeJar();
		List<String> cmd = new ArrayList<>();
		cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		cmd.addAll(jvmOptions);
		cmd.addAll(List.of("-jar", jar.toString(), command, options.toString(), Integer.toString(status)));
		ProcessBuilder builder = new ProcessBuilder(cmd).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("console.txt").toFile());
		// settings that could move an import's input folder make the launcher keep late
		// C2
		builder.environment()
			.keySet()
			.removeIf(k -> k.toUpperCase(java.util.Locale.ROOT).startsWith("SPRING_")
					|| k.toUpperCase(java.util.Locale.ROOT).startsWith("JUESUAN_"));
		builder.environment().put(TunedJvm.CACHE, dir.resolve("cache").toString());
		builder.environment().remove(TunedJvm.SWITCH);
		builder.environment().putAll(env);
		Process p = builder.start();
		assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
		return p.exitValue();
	}

	/** A jar of nothing but a manifest: main class the probe, class path this build's. */
	private Path probeJar() throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, RelaunchProbe.class.getName());
		List<String> classPath = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
			classPath.add(Path.of(entry).toUri().toString());
		}
		manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
		Path jar = dir.resolve("probe.jar");
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
			// the manifest is the jar
		}
		return jar;
	}

}
