package org.juesuan.etl.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;

import org.juesuan.etl.generate.corpus.NationalSample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the committed sample input: {@code <folder>/2024/<department>/…} for the three
 * {@link SampleDepartments} (workbooks and 编制说明), the national-layout
 * {@link NationalSample}, plus {@code <folder>/README.md}. Deterministic: the same bytes
 * on every run. Run with {@code mvn -q test-compile exec:java}; the only argument is the
 * output folder (default {@code input}).
 */
public final class SampleInputGenerator {

	private static final Logger log = LoggerFactory.getLogger(SampleInputGenerator.class);
	static final String SEED = "2024年度攀枝花市东区电子政务建设服务中心部门决算公开编制说明.txt";

	private SampleInputGenerator() {
	}

	public static void main(String[] args) {
		generate(Path.of(args.length > 0 ? args[0] : "input"));
	}

	/**
	 * Writes all samples under {@code folder}, replacing the departments' previous files.
	 */
	public static void generate(Path folder) {
		for (DepartmentPackage pkg : SampleDepartments.all()) {
			Path dir = folder.resolve(String.valueOf(pkg.year())).resolve(pkg.department());
			clear(dir);
			RenderedPackage rendered = PackageWriter.write(pkg, dir);
			writeNarrative(pkg, dir);
			log.info("wrote {} workbook(s) and the narrative for {}", rendered.files().size(), pkg.department());
		}
		Path national = folder.resolve("2024").resolve(NationalSample.name());
		clear(national);
		NationalSample.write(national);
		log.info("wrote the national-layout sample {}", NationalSample.name());
		write(folder.resolve("README.md"), SampleReadme.text().getBytes(StandardCharsets.UTF_8));
	}

	private static void writeNarrative(DepartmentPackage pkg, Path dir) {
		if (pkg.data().facts() == null) {
			write(dir.resolve(SEED), seedNarrative());
		}
		else {
			String text = NarrativeWriter.write(pkg.data());
			write(dir.resolve(NarrativeWriter.fileName(pkg.data())), text.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** The real narrative of 攀枝花市东区电子政务建设服务中心, verbatim (a test resource). */
	static byte[] seedNarrative() {
		try (InputStream in = SampleInputGenerator.class.getResourceAsStream(SEED)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + SEED);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void clear(Path dir) {
		if (!Files.isDirectory(dir)) {
			return;
		}
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot clear " + dir, e);
		}
	}

	private static void write(Path path, byte[] bytes) {
		try {
			Files.createDirectories(path.getParent());
			Files.write(path, bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + path, e);
		}
	}

}
