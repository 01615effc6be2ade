package org.juesuan.etl.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.generate.corpus.DistrictGenerator;
import org.juesuan.etl.generate.corpus.DistrictOptions;

/**
 * One district size: generate it (or reuse it when {@code <out>/district-N} was generated
 * with the same seed), read its parse floor, then import it into each target.
 */
public final class Bench {

	private final Path out;

	private final long seed;

	private final PrintStream log;

	public Bench(Path out, long seed, PrintStream log) {
		this.out = out;
		this.seed = seed;
		this.log = log;
	}

	public List<BenchResult> run(int departments, List<BenchTarget> targets) throws Exception {
		Path district = district(departments);
		int threads = Runtime.getRuntime().availableProcessors();
		ParseFloor.Reading floor = ParseFloor.readInOwnJvm(district, threads);
		log.printf("%d departments: parse floor %.1f s, %.1f CPU s (%d workbooks, %d cells, %d threads)%n", departments,
				floor.seconds(), floor.cpu(), floor.files(), floor.cells(), threads);
		List<BenchResult> results = new ArrayList<>();
		for (BenchTarget target : targets) {
			Path work = out.resolve("run-" + departments + "-" + target.name());
			BenchResult r = new BenchRun(target).run(district, departments, floor, work);
			log.printf("%d departments on %s: import %.1f s (%.1f× the floor), re-run %.1f s, %d ERROR findings%n",
					departments, target.name(), r.total(), r.ratio(r.total()), r.rerun(), r.errors());
			results.add(r);
		}
		return results;
	}

	private Path district(int departments) throws Exception {
		Path district = out.resolve("district-" + departments);
		Path marker = district.resolve(".seed");
		if (Files.exists(marker) && Files.readString(marker).equals(String.valueOf(seed))) {
			log.printf("%d departments: reusing %s%n", departments, district);
			return district;
		}
		BenchTarget.delete(district);
		long start = System.nanoTime();
		DistrictGenerator.generate(district, DistrictOptions.of(departments, seed));
		Files.writeString(marker, String.valueOf(seed));
		log.printf("%d departments: generated in %.1f s%n", departments, (System.nanoTime() - start) / 1e9);
		return district;
	}

}
