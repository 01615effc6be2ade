package org.juesuan.etl.cli;

import picocli.CommandLine.Command;

/** {@code java -jar juesuan-etl.jar <command>}. */
@Command(name = "juesuan-etl", mixinStandardHelpOptions = true, version = "juesuan-etl 0.1",
		description = { "Loads, checks and consolidates departmental final-accounts disclosures (部门决算公开).",
				"Also: console — interactive read-only SQL on the analyst views." },
		subcommands = { ImportCommand.class, CheckCommand.class, ExplainCommand.class, QueryCommand.class,
				GrantReaderCommand.class, ScheduleCommand.class, ExportCommand.class, GenerateCommand.class,
				BenchCommand.class })
class RootCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(System.out);
	}

}
