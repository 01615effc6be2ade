package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.juesuan.etl.generate.SampleDepartments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Input that has stopped runs before, beside a good department: names as long as the file
 * system allows, a narrative over the size cap. Each is loaded or rejected with a reason,
 * and the good department always loads. {@link HostileInputMariaDbFunctionalTests} runs
 * the same on MariaDB.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false", "juesuan.ingest.max-narrative-size=100KB",
		"spring.datasource.url=jdbc:h2:mem:hostile-input;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class HostileInputFunctionalTests extends ImportFunctionalTest {

	/**
	 * 250 characters in 254 bytes of UTF-8: as long as a Linux folder name (255 bytes)
	 * can be.
	 */
	static final String LONG_NAME = "长名" + "a".repeat(248);

	@TempDir
	static Path output;

	@TempDir
	Path input;

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("juesuan.output", () -> output.toString());
	}

	@Test
	void longNamesAndDeepPathsLoadWhole() throws Exception {
		Path good = education(input.resolve("2024").resolve(SampleDepartments.educationBureau().department()));
		education(input.resolve("2024").resolve(LONG_NAME));
		Path deep = education(input.resolve("2024/攀枝花市东区长路径局")
			.resolve("子".repeat(80))
			.resolve("b".repeat(220))
			.resolve("c".repeat(220)));
		String longest = input.relativize(deep.resolve("公开13表 财政拨款“三公”经费支出决算表.xls")).toString();

		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.OK);

		assertThat(jdbc.queryForList("SELECT department FROM v_department_summary ORDER BY department", String.class))
			.contains(LONG_NAME, "攀枝花市东区长路径局", good.getFileName().toString())
			.hasSize(3);
		assertThat(longest.length()).isGreaterThan(520);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_figure WHERE source_file = ?", Integer.class, longest))
			.isPositive();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_figure WHERE department = ?", Integer.class, LONG_NAME))
			.isGreaterThan(100);
	}

	@Test
	void aNarrativeOverTheCapIsAFindingAndNotRead() throws Exception {
		Path big = education(input.resolve("2024/攀枝花市东区大说明局"));
		Files.writeString(narrative(big), "收入总计 411.91 万元。".repeat(10_000));
		education(input.resolve("2024").resolve(SampleDepartments.educationBureau().department()));

		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.OK);

		assertThat(jdbc.queryForObject(
				"SELECT message FROM v_finding WHERE rule_id = 'N.unreadable-narrative' AND department = ?",
				String.class, "攀枝花市东区大说明局"))
			.contains("超过上限")
			.contains("100KB");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_claim WHERE department = ?", Integer.class,
				SampleDepartments.educationBureau().department()))
			.isGreaterThan(50);
	}

	@Test
	void aFolderNameWithATrailingSpaceLoadsItsNarrativeToo() throws Exception {
		String name = SampleDepartments.educationBureau().department() + " ";
		education(input.resolve("2024").resolve(name));

		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.OK);

		assertThat(jdbc.queryForList("SELECT department FROM v_department_summary", String.class))
			.containsExactly(name);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_claim WHERE department = ?", Integer.class, name))
			.isGreaterThan(50);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM v_finding WHERE rule_id LIKE 'N.no-narrative' OR rule_id LIKE 'N.unreadable%'",
				Integer.class))
			.isZero();
	}

	@Test
	void emptyAndBinaryNarrativesAreUnreadableNotZeroNumbers() throws Exception {
		Files.write(narrative(education(input.resolve("2024/攀枝花市东区空说明局"))), new byte[0]);
		Files.write(narrative(education(input.resolve("2024/攀枝花市东区乱码说明局"))),
				new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0 });

		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.OK);

		assertThat(jdbc.queryForList(
				"SELECT department, message FROM v_finding WHERE rule_id = 'N.unreadable-narrative' ORDER BY department"))
			.hasSize(2)
			.anySatisfy(r -> assertThat(r.values().toString()).contains("空说明局").contains("0 字节"))
			.anySatisfy(r -> assertThat(r.values().toString()).contains("乱码说明局").contains("二进制"));
	}

	@Test
	void aLinkedDepartmentIsRejectedAndReportedAndNothingOutsideIsRead(@TempDir Path outside) throws Exception {
		education(input.resolve("2024").resolve(SampleDepartments.educationBureau().department()));
		Files.createSymbolicLink(input.resolve("2024/攀枝花市东区链接局"), education(outside.resolve("elsewhere")));
		Path linkedNarrative = Files.writeString(outside.resolve("secret说明.txt"), "机密 999 万元");
		Files.createSymbolicLink(
				input.resolve("2024").resolve(SampleDepartments.educationBureau().department()).resolve("0附件说明.txt"),
				linkedNarrative);
		ImportParameters run = ImportParameters.of(input, null, null);

		assertThat(launcher.run(run)).isEqualTo(ImportLauncher.REJECTIONS);

		assertThat(jdbc.queryForObject("SELECT reason FROM package_load WHERE status = 'REJECTED'", String.class))
			.contains("符号链接");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_claim WHERE quote LIKE '%机密%'", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_finding WHERE rule_id = 'ingest.file-refused'",
				Integer.class))
			.isEqualTo(1);
		String report = Files.readString(output.resolve(run.runId()).resolve("findings.csv"));
		assertThat(report).contains("攀枝花市东区链接局").contains("ingest.package-rejected").contains("符号链接");
	}

	static Path narrative(Path folder) throws Exception {
		try (var files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
		}
	}

	/**
	 * Copies the sample education bureau's workbooks (and narrative) into {@code folder}.
	 */
	static Path education(Path folder) throws Exception {
		Files.createDirectories(folder);
		Path sample = ImportJobFunctionalTests.SAMPLE_INPUT.resolve("2024")
			.resolve(SampleDepartments.educationBureau().department());
		try (var files = Files.list(sample)) {
			for (Path p : (Iterable<Path>) files::iterator) {
				Files.copy(p, folder.resolve(p.getFileName().toString()));
			}
		}
		return folder;
	}

}
