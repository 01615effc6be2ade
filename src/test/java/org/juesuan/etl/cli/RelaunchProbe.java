package org.juesuan.etl.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A main class as {@code JuesuanEtlApplication}'s, for {@link TunedJvmFunctionalTests}:
 * {@code <command> <file> <status>} relaunches through {@link TunedJvm} where it would,
 * and where it runs writes its JVM's options to {@code file} and exits with
 * {@code status}. Any other first argument (the extraction {@code TunedJvm} tries) fails.
 */
public final class RelaunchProbe {

	/** The commands the tests give it. */
	private static final Set<String> COMMANDS = Set.of("import", "check");

	private RelaunchProbe() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3 || !COMMANDS.contains(args[0])) {
			System.exit(1);
		}
		OptionalInt status = TunedJvm.run(args);
		if (status.isPresent()) {
			System.exit(status.getAsInt());
		}
		Files.write(Path.of(args[1]), ManagementFactory.getRuntimeMXBean().getInputArguments());
		System.exit(Integer.parseInt(args[2]));
	}

}
