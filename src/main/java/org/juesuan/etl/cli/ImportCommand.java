package org.juesuan.etl.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.juesuan.etl.pipeline.FolderProperties;
import org.juesuan.etl.pipeline.ImportLauncher;
import org.juesuan.etl.pipeline.ImportParameters;
import org.juesuan.etl.store.StoreBusyException;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import [--input DIR] [--year Y] [--department NAME] [--full]}: runs importJob;
 * exit 0 / 2 (rejections) / 1 (failed) / 3 (store busy).
 */
@Component
@Scope("prototype")
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import every department package under <input>/<year>/<department>/ into the store.")
class ImportCommand implements Callable<Integer> {

	private final ImportLauncher launcher;

	@Option(names = "--input", description = "input folder (default: ${DEFAULT-VALUE})")
	Path input;

	@Option(names = "--year", description = "only this fiscal year")
	Integer year;

	@Option(names = "--department", description = "only this department (its folder name)")
	String department;

	@Option(names = "--full", description = "read every package, also those unchanged since their last successful load")
	boolean full;

	ImportCommand(ImportLauncher launcher, FolderProperties folders) {
		this.launcher = launcher;
		this.input = folders.inputFolder();
	}

	@Override
	public Integer call() throws Exception {
		if (!java.nio.file.Files.isDirectory(input)) {
			System.err.println("输入目录不存在: " + input.toAbsolutePath());
			return ImportLauncher.FAILED;
		}
		try {
			ImportParameters run = ImportParameters.of(input, year, department);
			return launcher.run(full ? run.readingAll() : run);
		}
		catch (StoreBusyException e) {
			System.err.println(e.getMessage());
			return ImportLauncher.BUSY;
		}
	}

}
