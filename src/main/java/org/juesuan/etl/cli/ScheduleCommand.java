package org.juesuan.etl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.juesuan.etl.pipeline.FolderProperties;
import org.juesuan.etl.pipeline.ImportLauncher;
import org.juesuan.etl.pipeline.ImportSchedule;
import org.juesuan.etl.pipeline.ScheduleProperties;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code schedule [--input DIR] [--cron EXPR] [--runs N]}: imports at every cron time
 * until stopped (Ctrl-C, SIGTERM).
 */
@Component
@Scope("prototype")
@Command(name = "schedule", mixinStandardHelpOptions = true,
		description = "Run `import` at every time of juesuan.schedule.cron (default 0 0 2 * * *: 02:00 daily) until stopped.")
class ScheduleCommand implements Callable<Integer> {

	private final ImportSchedule schedule;

	@Option(names = "--input", description = "input folder (default: ${DEFAULT-VALUE})")
	Path input;

	@Option(names = "--cron",
			description = "cron expression, second minute hour day month weekday (default: juesuan.schedule.cron)")
	String cron;

	@Option(names = "--runs", description = "stop after this many runs (default: never)")
	int runs;

	ScheduleCommand(ImportSchedule schedule, ScheduleProperties properties, FolderProperties folders) {
		this.schedule = schedule;
		this.cron = properties.cron();
		this.input = folders.inputFolder();
	}

	@Override
	public Integer call() {
		if (!Files.isDirectory(input)) {
			System.err.println("输入目录不存在: " + input.toAbsolutePath());
			return ImportLauncher.FAILED;
		}
		if (!org.springframework.scheduling.support.CronExpression.isValidExpression(cron)) {
			System.err.println("不是 cron 表达式（秒 分 时 日 月 周）: " + cron);
			return 64;
		}
		schedule.run(cron, input, runs);
		return ImportLauncher.OK;
	}

}
