package org.juesuan.etl.cli;

import java.util.Arrays;
import java.util.Set;

import picocli.CommandLine;

/**
 * The commands that need no store and so start no Spring context: {@code generate} and
 * {@code bench} (which starts its own contexts, one per measured run). Everything else
 * runs inside the application's context ({@link CliRunner}).
 */
public final class Standalone {

	private static final Set<String> COMMANDS = Set.of("generate", "bench");

	private Standalone() {
	}

	/** Whether the command line names a standalone command. */
	public static boolean handles(String... args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/**
	 * Whether it is {@code generate}, the one command {@code TunedJvm} leaves in the
	 * operator's JVM ({@code bench} is tuned like the imports it measures).
	 */
	public static boolean generates(String... args) {
		return args.length > 0 && "generate".equals(args[0]);
	}

	/** Runs it and returns its exit status (64 on bad usage). */
	public static int run(String... args) {
		// no Spring context, so no logging configuration: only warnings (POI logs every
		// property set it writes)
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		Object command = "generate".equals(args[0]) ? new GenerateCommand() : new BenchCommand();
		CommandLine commandLine = new CommandLine(command);
		commandLine.setParameterExceptionHandler((e, a) -> {
			e.getCommandLine().getErr().println(e.getMessage());
			e.getCommandLine().usage(e.getCommandLine().getErr());
			return 64;
		});
		return commandLine.execute(Arrays.copyOfRange(args, 1, args.length));
	}

}
