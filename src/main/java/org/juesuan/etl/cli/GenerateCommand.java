package org.juesuan.etl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.juesuan.etl.generate.corpus.CorpusSet;
import org.juesuan.etl.generate.corpus.DistrictGenerator;
import org.juesuan.etl.generate.corpus.DistrictOptions;
import org.juesuan.etl.generate.corpus.ManifestRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate --departments N --out DIR [--seed S] [--set SET] [--plant-errors]}:
 * writes a generated district.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Write a generated district of consistent department packages under <out>/2024/<department>/.")
class GenerateCommand implements Callable<Integer> {

	@Option(names = "--departments", required = true, description = "how many departments")
	int departments;

	@Option(names = "--out", required = true, description = "output folder (should be empty or absent)")
	Path out;

	@Option(names = "--seed", defaultValue = "2024",
			description = "the same seed gives the same bytes (default: ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--set", defaultValue = "both",
			description = "template set: sichuan-2024, national-2024 or both, mixed (default: ${DEFAULT-VALUE})")
	String set;

	@Option(names = "--plant-errors",
			description = "plant narrative errors in some departments, listed in <out>/manifest.tsv")
	boolean plantErrors;

	@Option(names = "--threads", description = "departments written at once (default: the number of cores)")
	int threads = Runtime.getRuntime().availableProcessors();

	@Override
	public Integer call() throws Exception {
		if (Files.exists(out) && Files.list(out).findAny().isPresent()) {
			System.err.println("输出目录不为空: " + out.toAbsolutePath());
			return 64;
		}
		long start = System.nanoTime();
		List<ManifestRow> planted = DistrictGenerator.generate(out,
				new DistrictOptions(departments, seed, set(set), plantErrors, threads));
		System.out.printf("generated %d departments in %.1f s → %s%s%n", departments, (System.nanoTime() - start) / 1e9,
				out.resolve("2024"), plantErrors ? " (" + planted.size() + " planted errors in manifest.tsv)" : "");
		return 0;
	}

	static CorpusSet set(String name) {
		return switch (name) {
			case "both" -> null;
			case "sichuan-2024", "sichuan" -> CorpusSet.SICHUAN;
			case "national-2024", "national" -> CorpusSet.NATIONAL;
			default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new GenerateCommand()),
					"unknown --set " + name + ": sichuan-2024, national-2024 or both");
		};
	}

}
