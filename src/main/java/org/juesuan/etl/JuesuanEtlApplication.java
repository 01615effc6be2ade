package org.juesuan.etl;

import java.util.OptionalInt;

import org.juesuan.etl.cli.AnalystCommands;
import org.juesuan.etl.cli.ContextRun;
import org.juesuan.etl.cli.Standalone;
import org.juesuan.etl.cli.TunedJvm;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application: every command of {@code java -jar juesuan-etl.jar}. Components are
 * scanned only in the packages that declare them: the generator's, the bench's and the
 * value types' classes (245 of the 469 class files) were read for annotations at every
 * start and held none. {@code ArchitectureTests} fails when a component is declared
 * anywhere else.
 * <p>
 * This class names no Spring type in its code (the annotation is read only by Spring):
 * the JVM checks a class's methods when it first runs one, and checking a call of
 * {@code SpringApplication} loaded Spring's context interfaces from the jars nested in
 * the application's jar, 80 ms of the launcher's start for every command, the ones it
 * only hands to a second JVM included. That happens in {@link ContextRun}.
 */
@SpringBootApplication(scanBasePackages = { "org.juesuan.etl.aggregate", "org.juesuan.etl.cli",
		"org.juesuan.etl.ingest", "org.juesuan.etl.narrative.check", "org.juesuan.etl.pipeline",
		"org.juesuan.etl.reconcile", "org.juesuan.etl.store", "org.juesuan.etl.template" })
public class JuesuanEtlApplication {

	public static void main(String[] args) {
		if (!AnalystCommands.handles(args) && !Standalone.generates(args)) {
			OptionalInt status = TunedJvm.run(args);
			if (status.isPresent()) {
				System.exit(status.getAsInt());
			}
		}
		System.exit(run(args));
	}

	/**
	 * Runs a command and returns its exit status; a failure to start is one line on the
	 * console, its trace in the log file.
	 */
	public static int run(String... args) {
		if (AnalystCommands.handles(args)) {
			return AnalystCommands.run(args, System.getenv());
		}
		if (Standalone.handles(args)) {
			return Standalone.run(args);
		}
		return ContextRun.run(JuesuanEtlApplication.class, args);
	}

}
