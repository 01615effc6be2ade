package org.juesuan.etl.cli;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import picocli.CommandLine;

/**
 * Runs the picocli command line inside the Spring context and keeps its exit code for
 * {@code SpringApplication.exit}. Spring-style {@code --spring.*}/{@code --juesuan.*}
 * arguments are left to Spring.
 */
@Component
@ConditionalOnProperty(name = "juesuan.cli.enabled", matchIfMissing = true)
class CliRunner implements CommandLineRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(CliRunner.class);

	private final ApplicationContext context;

	private int exitCode;

	CliRunner(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void run(String... args) {
		String[] own = Arrays.stream(args)
			.filter(a -> !a.matches("--(spring|juesuan|logging|server)\\..*"))
			.toArray(String[]::new);
		CommandLine commandLine = new CommandLine(new RootCommand(), new SpringFactory(context));
		commandLine.setParameterExceptionHandler((e, a) -> {
			e.getCommandLine().getErr().println(e.getMessage());
			e.getCommandLine().usage(e.getCommandLine().getErr());
			return 64;
		});
		// A command that fails (the database lost mid-run) prints one line of cause; the
		// trace goes to the log file.
		commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
			log.error("运行失败：{}", StartupFailure.describe(e), e);
			return 1;
		});
		exitCode = commandLine.execute(own);
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	/**
	 * Commands come from the context (constructor injection); picocli's own types from
	 * its default factory.
	 */
	private record SpringFactory(ApplicationContext context) implements CommandLine.IFactory {
		@Override
		public <K> K create(Class<K> cls) throws Exception {
			return context.getBeanNamesForType(cls).length > 0 ? context.getBean(cls)
					: CommandLine.defaultFactory().create(cls);
		}
	}

}
