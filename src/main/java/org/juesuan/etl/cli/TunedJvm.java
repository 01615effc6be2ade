package org.juesuan.etl.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command that starts the Spring context in a second JVM with the flags a jar
 * cannot give itself: {@code java -jar} takes no JVM options from the jar, and the two
 * that matter most on the 2-core server the bureau runs nightly are the
 * class-data-sharing archive (class loading is most of start-up; see
 * {@link ClassDataCache}) and, on two cores or fewer, the compiler chosen for the run: C1
 * alone for an import of a few hundred packages at most ({@link ImportSize}), which ends
 * before C2's compilations would pay for themselves, and otherwise later and leaner C2
 * compilation: there C2 compiled for a third of the import's CPU time, and with its
 * thresholds raised and its inlining bounded the import of 1,000 and of 5,000 departments
 * ran faster (README, "Start-up and the JVM"). This JVM only waits for the child and
 * passes on its exit status; the child gets its standard streams, the working directory,
 * the environment and this JVM's options.
 * <p>
 * Nothing is relaunched when the operator chose JVM options of that kind, attached an
 * agent (a debugger or profiler belongs to the JVM it was given to), ran from a class
 * path rather than the jar (tests, an IDE), or set {@code JUESUAN_JVM=off}.
 */
public final class TunedJvm {

	/** The system property that marks the child, so it does not relaunch itself. */
	static final String CHILD = "juesuan.jvm.child";

	/**
	 * The system property that tells the child which jar the operator ran (its own class
	 * path is the extracted copy), so that it can start the application as they did.
	 */
	static final String LAUNCHED_JAR = "juesuan.jvm.jar";

	/**
	 * The environment variable that, set to {@code off}, runs every command in-process.
	 */
	static final String SWITCH = "JUESUAN_JVM";

	/** The environment variable naming the cache folder (default: the user's cache). */
	static final String CACHE = "JUESUAN_JVM_CACHE";

	/** HotSpot's tier-4 (C2) thresholds, five times their defaults. */
	static final List<String> LATE_C2 = List.of("-XX:Tier4InvocationThreshold=25000",
			"-XX:Tier4MinInvocationThreshold=3000", "-XX:Tier4CompileThreshold=75000",
			"-XX:Tier4BackEdgeThreshold=200000");

	/**
	 * The largest import (department packages in its input folder) run with C1 alone on
	 * two cores: cold imports of generated districts on H2 took, tiered with late C2
	 * against C1 alone, 2.0–2.2 s against 1.65–1.7 s (empty), 9.7–10.1 s against 6.8–6.9
	 * s (100), 16.5 s against 13.4 s (300), 24.5–25.2 s against 23.5–24.1 s (600) and
	 * 33.3–34.1 s against 35.2–36.4 s (1,000); at 5,000 C1's slower code lost by far
	 * (README, "Start-up and the JVM").
	 */
	static final int SHORT_IMPORT = 400;

	/** C1 alone: HotSpot's tier 1, no profiling and no C2. */
	static final List<String> C1_ONLY = List.of("-XX:TieredStopAtLevel=1");

	/**
	 * C2 inlining kept lean: hot methods up to 100 bytecodes (HotSpot: 325), none whose
	 * compiled code is over 1,000 bytes (2,500), six levels deep (15). C2's compilations
	 * of H2's and POI's large methods took a second each, several times over as profiles
	 * changed; with these the compiler's CPU halves and the import's code is hardly
	 * slower.
	 */
	static final List<String> LEAN_INLINING = List.of("-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000",
			"-XX:MaxInlineLevel=6");

	/** The archive's own notes (classes it cannot hold) are no operator's business. */
	private static final String QUIET_CDS = "-Xlog:cds=off,cds+dynamic=off";

	/** JVM options that mean the operator is choosing these things already. */
	private static final List<String> OPERATORS_OWN = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrun",
			"-Xdebug", "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:TieredStopAtLevel",
			"-XX:-TieredCompilation", "-XX:+TieredCompilation", "-XX:Tier", "-XX:CompileThresholdScaling", "-Djarmode");

	private TunedJvm() {
	}

	/**
	 * This JVM as seen from inside: its command line's arguments, its own options, the
	 * class path, the environment and the processors it may use.
	 */
	record Launch(List<String> arguments, List<String> jvmOptions, String classPath, Map<String, String> environment,
			boolean child, int processors, Path workingDirectory) {

		static Launch current(String... args) {
			return new Launch(List.of(args),
					java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
					System.getProperty("java.class.path", ""), System.getenv(), Boolean.getBoolean(CHILD),
					Runtime.getRuntime().availableProcessors(), Path.of("").toAbsolutePath());
		}

		/** The jar {@code java -jar} ran, if it ran one. */
		Optional<Path> jar() {
			return classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
					? Optional.of(Path.of(classPath)) : Optional.empty();
		}

	}

	/**
	 * Runs the command in a tuned child JVM and returns its exit status; empty when it is
	 * to run in this JVM, including when the child could not be started (never once it
	 * has run).
	 */
	public static OptionalInt run(String... args) {
		Launch launch = Launch.current(args);
		if (!relaunches(launch)) {
			return OptionalInt.empty();
		}
		try {
			return OptionalInt.of(relaunch(launch));
		}
		catch (IOException e) {
			System.err.println("无法启动调优的 JVM（" + e.getMessage() + "），在本进程中运行");
			return OptionalInt.empty();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return OptionalInt.of(130);
		}
	}

	/** Whether this command line is run in a child JVM. */
	static boolean relaunches(Launch launch) {
		return !launch.child() && !"off".equalsIgnoreCase(launch.environment().getOrDefault(SWITCH, ""))
				&& launch.jar().isPresent()
				&& launch.jvmOptions().stream().noneMatch(o -> OPERATORS_OWN.stream().anyMatch(o::startsWith));
	}

	/**
	 * The compiler options: on two cores or fewer, an import of up to
	 * {@link #SHORT_IMPORT} packages (and one of an empty or missing folder) gets C1
	 * alone, whose cheap compilations finish a short run sooner; anything else gets C2
	 * for the methods five times hotter than its defaults ask, inlining less into them,
	 * so that it no longer takes a core from the import for methods that run for seconds
	 * (README, "Start-up and the JVM").
	 */
	static List<String> compilerOptions(Launch launch) {
		if (launch.processors() > 2) {
			return List.of();
		}
		OptionalInt packages = ImportSize.packages(launch.arguments(), launch.jvmOptions(), launch.environment(),
				launch.workingDirectory(), SHORT_IMPORT);
		if (packages.isPresent() && packages.getAsInt() <= SHORT_IMPORT) {
			return C1_ONLY;
		}
		List<String> options = new ArrayList<>(LATE_C2);
		options.addAll(LEAN_INLINING);
		return options;
	}

	/**
	 * The child's command: {@code java}, the chosen options, this JVM's own options
	 * (after ours, so an operator's {@code -Xmx} or {@code -D} is kept), the marker, the
	 * jar and the arguments.
	 */
	static List<String> command(String java, List<String> options, Launch launch, Path jar) {
		List<String> cmd = new ArrayList<>();
		cmd.add(java);
		cmd.addAll(options);
		cmd.addAll(launch.jvmOptions());
		cmd.add("-D" + CHILD + "=true");
		launch.jar().ifPresent(launched -> cmd.add("-D" + LAUNCHED_JAR + "=" + launched.toAbsolutePath()));
		cmd.add("-jar");
		cmd.add(jar.toString());
		cmd.addAll(launch.arguments());
		return cmd;
	}

	/** The cache folder: {@code JUESUAN_JVM_CACHE}, else the user's cache folder. */
	static Path cacheRoot(Map<String, String> environment) {
		String explicit = environment.get(CACHE);
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit);
		}
		String xdg = environment.get("XDG_CACHE_HOME");
		Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("juesuan-etl");
	}

	private static int relaunch(Launch launch) throws IOException, InterruptedException {
		String java = ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		Path jar = launch.jar().orElseThrow();
		List<String> options = new ArrayList<>(compilerOptions(launch));
		Path run = jar;
		Path pending = null;
		ClassDataCache cache = null;
		try {
			cache = ClassDataCache.of(cacheRoot(launch.environment()), jar);
			String name = jar.getFileName().toString();
			Optional<Path> extracted = cache.extractedJar(name);
			run = extracted.isPresent() ? extracted.get() : cache.extract(java, jar, 300);
			Optional<Path> archive = cache.archive();
			if (archive.isEmpty()) {
				archive = train(java, launch, run, cache, options);
			}
			if (archive.isPresent()) {
				options.add("-XX:SharedArchiveFile=" + archive.get());
			}
			else {
				pending = cache.pendingArchive(ProcessHandle.current().pid());
				options.add("-XX:ArchiveClassesAtExit=" + pending);
			}
			options.add(QUIET_CDS);
		}
		catch (IOException e) {
			// no cache (a read-only home, a full disk): the same run from the jar as
			// given
			run = jar;
			pending = null;
		}
		Process child = new ProcessBuilder(command(java, options, launch, run)).inheritIO().start();
		Thread stop = new Thread(() -> stop(child), "stop-child-jvm");
		Runtime.getRuntime().addShutdownHook(stop);
		int status = child.waitFor();
		try {
			Runtime.getRuntime().removeShutdownHook(stop);
		}
		catch (IllegalStateException e) {
			// already shutting down: the hook waits for the child, which has ended
		}
		if (pending != null) {
			try {
				cache.promote(pending);
			}
			catch (IOException e) {
				// the command has run; the next run writes the archive again
			}
		}
		return status;
	}

	/**
	 * A new build's first run: the archive is written by a training import
	 * ({@link ClassDataTraining}), so that it holds the classes of a whole import
	 * whatever the operator runs first; empty when the training wrote none (the command's
	 * own run writes it then).
	 */
	private static Optional<Path> train(String java, Launch launch, Path jar, ClassDataCache cache,
			List<String> compilerOptions) throws InterruptedException {
		System.err.println("此版本首次运行：先导入 " + ClassDataTraining.DEPARTMENTS + " 个生成的部门，写入类数据共享存档（仅此一次，约半分钟）");
		Path pending = cache.pendingArchive(ProcessHandle.current().pid());
		List<String> options = new ArrayList<>(compilerOptions);
		options.add(QUIET_CDS);
		options.addAll(launch.jvmOptions());
		try {
			new ClassDataTraining(java, jar, 600).run(options, pending);
			cache.promote(pending);
		}
		catch (IOException e) {
			// no training: the command's own run writes the archive
		}
		return cache.archive();
	}

	/**
	 * This JVM is told to stop (SIGTERM from a scheduler; Ctrl-C reaches both): the child
	 * is told too and given a minute to shut down as it would have in-process.
	 */
	private static void stop(Process child) {
		if (child.isAlive()) {
			child.destroy();
			try {
				child.waitFor(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
