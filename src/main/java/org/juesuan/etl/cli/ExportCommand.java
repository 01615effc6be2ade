package org.juesuan.etl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.juesuan.etl.aggregate.AggregateProperties;
import org.juesuan.etl.aggregate.Consolidator;
import org.juesuan.etl.aggregate.DistrictOutputs;
import org.juesuan.etl.pipeline.FolderProperties;
import org.juesuan.etl.pipeline.ImportLauncher;
import org.juesuan.etl.store.RunLock;
import org.juesuan.etl.store.StoreBusyException;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export [--year Y] [--group G] [--out DIR]}: refreshes the consolidation from
 * what is stored and writes the district outputs of each year (default every stored year)
 * for the whole district and every group (or one group), into {@code output/<year>/} or
 * DIR. It rewrites the stored consolidation, so it holds the store's lock as an import
 * does: it waits for no import (exit 3 while one runs), and an export that was killed is
 * repaired by the next run like a killed import.
 */
@Component
@Scope("prototype")
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write district-<year>.xlsx, departments-<year>.xlsx/.csv, findings-<year>.xlsx/.csv and report-<year>.html.")
class ExportCommand implements Callable<Integer> {

	private final DistrictOutputs outputs;

	private final Consolidator consolidator;

	private final AggregateProperties properties;

	private final Path output;

	private final RunLock lock;

	@Option(names = "--year", description = "only this fiscal year (default: every stored year)")
	Integer year;

	@Option(names = "--group",
			description = "only this group of juesuan.groups, or 全区 (default: the district and every group)")
	String group;

	@Option(names = "--out", description = "folder to write into (default: output/<year>/)")
	Path out;

	ExportCommand(DistrictOutputs outputs, Consolidator consolidator, AggregateProperties properties,
			FolderProperties folders, RunLock lock) {
		this.lock = lock;
		this.outputs = outputs;
		this.consolidator = consolidator;
		this.properties = properties;
		this.output = folders.outputFolder();
	}

	@Override
	public Integer call() throws Exception {
		List<String> groups;
		try {
			groups = groups();
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			return 1;
		}
		try (RunLock.Held held = lock.acquire("export")) {
			List<Integer> years = year != null ? List.of(year) : outputs.years();
			if (years.isEmpty() || (year != null && !outputs.years().contains(year))) {
				System.err.println("没有已导入的年度" + (year == null ? "" : " " + year));
				return 1;
			}
			consolidator.refresh();
			for (int y : years) {
				for (String g : groups) {
					outputs.write(out != null ? out : output.resolve(String.valueOf(y)), outputs.scope(y, g))
						.forEach(System.out::println);
				}
			}
		}
		catch (StoreBusyException e) {
			System.err.println(e.getMessage());
			return ImportLauncher.BUSY;
		}
		return 0;
	}

	private List<String> groups() {
		if (group != null) {
			properties.members(group);
			return List.of(group);
		}
		List<String> all = new ArrayList<>(List.of(AggregateProperties.WHOLE_DISTRICT));
		all.addAll(properties.groups().keySet());
		return all;
	}

}
