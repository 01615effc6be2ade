package org.juesuan.etl;

import java.util.OptionalInt;

import org.juesuan.etl.cli.AnalystCommands;
import org.juesuan.etl.cli.Standalone;
import org.juesuan.etl.cli.StartupFailure;
import org.juesuan.etl.cli.TunedJvm;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application: every command of {@code java -jar juesuan-etl.jar}. Components are
 * scanned only in the packages that declare them: the generator's, the bench's and the
 * value types' classes (245 of the 469 class files) were read for annotations at every
 * start and held none. {@code ArchitectureTests} fails when a component is declared
 * anywhere else.
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
		try {
			return SpringApplication.exit(SpringApplication.run(JuesuanEtlApplication.class, args));
		}
		catch (RuntimeException e) {
			if (StartupFailure.busy(e)) {
				LoggerFactory.getLogger(JuesuanEtlApplication.class).error("数据库文件正被另一个进程使用（如另一个 import）；等它结束后再运行", e);
				return 3;
			}
			LoggerFactory.getLogger(JuesuanEtlApplication.class).error("无法启动：{}", StartupFailure.describe(e), e);
			return 1;
		}
	}

}
