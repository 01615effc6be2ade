package org.juesuan.etl.cli;

import java.util.concurrent.Callable;

import org.juesuan.etl.pipeline.ImportLauncher;
import org.juesuan.etl.pipeline.ImportParameters;
import org.juesuan.etl.store.StoreBusyException;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code check [--year Y] [--department NAME]}: re-runs the rules on what is stored and
 * writes the findings report.
 */
@Component
@Scope("prototype")
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Re-run the audit rules on the stored figures and write output/<run>/findings.csv and findings.xlsx.")
class CheckCommand implements Callable<Integer> {

	private final ImportLauncher launcher;

	@Option(names = "--year", description = "only this fiscal year")
	Integer year;

	@Option(names = "--department", description = "only this department")
	String department;

	CheckCommand(ImportLauncher launcher) {
		this.launcher = launcher;
	}

	@Override
	public Integer call() throws Exception {
		try {
			return launcher.check(ImportParameters.of(null, year, department));
		}
		catch (StoreBusyException e) {
			System.err.println(e.getMessage());
			return ImportLauncher.BUSY;
		}
	}

}
