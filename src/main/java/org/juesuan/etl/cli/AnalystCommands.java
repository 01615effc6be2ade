package org.juesuan.etl.cli;

import java.util.Map;
import java.util.Set;

import org.juesuan.etl.store.QueryProperties;
import org.juesuan.etl.store.ReadOnlyQuery;

import picocli.CommandLine;

/**
 * {@code query} and {@code console} without Spring: they need no templates, rules,
 * migrations or job repository, only the reader account's connection, so an analyst's
 * question is answered in about a second. Everything else goes through the Spring
 * application.
 */
public final class AnalystCommands {

	private static final Set<String> COMMANDS = Set.of("query", "console");

	private AnalystCommands() {
	}

	/** True when the command line is an analyst's command. */
	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	public static int run(String[] args, Map<String, String> environment) {
		ReadOnlyQuery query;
		try {
			query = connect(AnalystSettings.load(args, environment));
		}
		catch (IllegalArgumentException e) {
			System.err.println("配置有误：" + e.getMessage());
			return 1;
		}
		Object command = args[0].equals("query") ? new QueryCommand(query) : new ConsoleCommand(query);
		String[] own = java.util.Arrays.stream(args)
			.skip(1)
			.filter(a -> !a.matches("--(spring|juesuan|logging|server)\\..*"))
			.toArray(String[]::new);
		CommandLine commandLine = new CommandLine(command);
		commandLine.setParameterExceptionHandler((e, a) -> {
			e.getCommandLine().getErr().println(e.getMessage());
			e.getCommandLine().usage(e.getCommandLine().getErr());
			return 64;
		});
		return commandLine.execute(own);
	}

	private static ReadOnlyQuery connect(AnalystSettings s) {
		QueryProperties properties = s.bind("juesuan.query", QueryProperties.class);
		String store = s.get("spring.datasource.url");
		if (store == null) {
			throw new IllegalArgumentException("spring.datasource.url is not set");
		}
		return ReadOnlyQuery.forStore(properties, store);
	}

}
