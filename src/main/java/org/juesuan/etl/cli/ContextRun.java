package org.juesuan.etl.cli;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * Starts the application's Spring context for a command and returns the command's exit
 * status: a failure to start is one line on the console, its trace in the log file.
 */
public final class ContextRun {

	private ContextRun() {
	}

	public static int run(Class<?> application, String... args) {
		try {
			return SpringApplication.exit(SpringApplication.run(application, args));
		}
		catch (RuntimeException e) {
			if (StartupFailure.busy(e)) {
				LoggerFactory.getLogger(application).error("数据库文件正被另一个进程使用（如另一个 import）；等它结束后再运行", e);
				return 3;
			}
			LoggerFactory.getLogger(application).error("无法启动：{}", StartupFailure.describe(e), e);
			return 1;
		}
	}

}
