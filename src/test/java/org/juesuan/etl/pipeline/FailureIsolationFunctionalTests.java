package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.juesuan.etl.ingest.FaultyReaders;
import org.juesuan.etl.ingest.FileHashes;
import org.juesuan.etl.ingest.IngestProperties;
import org.juesuan.etl.ingest.PackageReader;
import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.narrative.check.NarrativeAuditor;
import org.juesuan.etl.reconcile.Auditor;
import org.juesuan.etl.store.LoadHistory;
import org.juesuan.etl.template.TemplateSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * One department's failure is that department's, in every step: a parser fault (planted
 * in one department's 公开03表), an exception checking one narrative, an exception auditing
 * one department. The others load and are checked, the failed one is recorded with a
 * reason that says what happened, and the job completes. Also: the narrative is the file
 * ingest chose and recorded (lock and hidden files beside it ignored), and a narrative
 * changed or gone since ingest is said to be so, never read as other content or as "no
 * narrative".
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:failure-isolation;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class FailureIsolationFunctionalTests extends ImportFunctionalTest {

	static final String FAULTY = "攀枝花市东区故障局";

	@TestConfiguration(proxyBeanMethods = false)
	static class PlantedParserFault {

		@Bean
		@Primary
		PackageReader faultyPackageReader(TemplateSets templates, IngestProperties limits) {
			return FaultyReaders.failingOn(templates, limits, FAULTY + "/公开03表");
		}

	}

	@MockitoSpyBean
	NarrativeAuditor narratives;

	@MockitoSpyBean
	LoadHistory history;

	@MockitoSpyBean
	Auditor auditor;

	@TempDir
	static Path output;

	@TempDir
	Path input;

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("juesuan.output", () -> output.toString());
	}

	@Test
	void aParserFaultInOneDepartmentRejectsItAsAnInternalErrorAndTheOthersLoadAndAreChecked() throws Exception {
		department("攀枝花市东区甲局");
		department(FAULTY);
		department("攀枝花市东区乙局");

		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.REJECTIONS);

		assertThat(jdbc.queryForList("SELECT department FROM v_department_summary ORDER BY department", String.class))
			.containsExactly("攀枝花市东区乙局", "攀枝花市东区甲局");
		assertThat(claims("攀枝花市东区甲局")).isGreaterThan(50);
		assertThat(claims("攀枝花市东区乙局")).isGreaterThan(50);
		verify(auditor, atLeastOnce()).audit(figuresOf("攀枝花市东区乙局"), any());
		String reason = jdbc.queryForObject("""
				SELECT l.reason FROM package_load l JOIN department d ON d.id = l.department_id
				WHERE d.name = ? AND l.status = 'REJECTED'""", String.class, FAULTY);
		assertThat(reason).startsWith("内部错误")
			.contains(FAULTY + "/公开03表 支出决算表.xls › ")
			.contains(FaultyReaders.FAULT)
			.doesNotContain("无法打开工作簿");
		assertThat(jdbc.queryForObject(
				"SELECT message FROM v_finding WHERE rule_id = 'ingest.package-rejected' AND department = ?",
				String.class, FAULTY))
			.contains("内部错误");
	}

	@Test
	void anExceptionCheckingOneNarrativeIsThatDepartmentsFindingAndTheOthersAreChecked() throws Exception {
		department("攀枝花市东区甲局");
		department("攀枝花市东区乙局");
		department("攀枝花市东区丙局");
		doThrow(new IllegalStateException("planted narrative fault")).when(narratives)
			.check(of("攀枝花市东区乙局"), any(), any(), any());

		ImportParameters run = ImportParameters.of(input, null, null);
		assertThat(launcher.run(run)).isEqualTo(ImportLauncher.OK);

		assertThat(claims("攀枝花市东区甲局")).isGreaterThan(50);
		assertThat(claims("攀枝花市东区丙局")).isGreaterThan(50);
		assertThat(claims("攀枝花市东区乙局")).isZero();
		assertThat(findings("narrative.internal-error")).singleElement().satisfies(f -> {
			assertThat(f.get("department")).isEqualTo("攀枝花市东区乙局");
			assertThat(f.get("severity")).isEqualTo("ERROR");
			assertThat((String) f.get("message")).startsWith("内部错误")
				.contains("编制说明")
				.contains("planted narrative fault");
		});
		assertThat(jobStatus(run)).isEqualTo("COMPLETED");
	}

	@Test
	void anExceptionAuditingOneDepartmentIsThatDepartmentsFindingAndTheOthersAreAudited() throws Exception {
		department("攀枝花市东区甲局");
		department("攀枝花市东区乙局");
		department("攀枝花市东区丙局");
		doThrow(new IllegalStateException("planted audit fault")).when(auditor).audit(figuresOf("攀枝花市东区甲局"), any());

		ImportParameters run = ImportParameters.of(input, null, null);
		assertThat(launcher.run(run)).isEqualTo(ImportLauncher.OK);

		verify(auditor).audit(figuresOf("攀枝花市东区乙局"), any());
		verify(auditor).audit(figuresOf("攀枝花市东区丙局"), any());
		assertThat(findings("audit.internal-error")).singleElement().satisfies(f -> {
			assertThat(f.get("department")).isEqualTo("攀枝花市东区甲局");
			assertThat(f.get("severity")).isEqualTo("ERROR");
			assertThat((String) f.get("message")).startsWith("内部错误").contains("planted audit fault");
		});
		assertThat(claims("攀枝花市东区甲局")).isGreaterThan(50);
		assertThat(jobStatus(run)).isEqualTo("COMPLETED");
	}

	@Test
	void theNarrativeReadIsTheOneIngestRecordedAndLockAndHiddenFilesBesideItAreIgnored() throws Exception {
		Path locked = department("攀枝花市东区锁文件局");
		Path real = Files.move(narrative(locked), locked.resolve("部门决算编制说明.txt"));
		Files.write(locked.resolve("~$部门决算编制说明.docx"), new byte[] { 0x0c, 'o', 'w', 'n', 'e', 'r', 0, 0, 0, 0 });
		Path hidden = department("攀枝花市东区隐藏文件局");
		Files.writeString(hidden.resolve(".~编制说明.txt"), "收入总计 999999 万元。");

		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.OK);

		assertThat(claims("攀枝花市东区锁文件局")).isGreaterThan(50);
		assertThat(claims("攀枝花市东区隐藏文件局")).isGreaterThan(50);
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM v_finding WHERE rule_id LIKE 'N.%narrative%'", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_claim WHERE quote LIKE '%999999%'", Integer.class))
			.isZero();
		assertThat(jdbc.queryForList("""
				SELECT f.file_name, f.sha256 FROM load_file f JOIN package_load l ON l.id = f.load_id JOIN department d
				ON d.id = l.department_id WHERE d.name = ? AND f.is_narrative""", "攀枝花市东区锁文件局")).singleElement()
			.satisfies(f -> {
				assertThat(f.get("file_name")).isEqualTo(input.relativize(real).toString());
				assertThat(f.get("sha256")).isEqualTo(FileHashes.sha256(Files.readAllBytes(real)));
			});
		assertThat(jdbc.queryForObject(
				"SELECT source_file FROM narrative_report r JOIN department d ON d.id = r.department_id WHERE d.name = ?",
				String.class, "攀枝花市东区锁文件局"))
			.isEqualTo(input.relativize(real).toString());
	}

	@Test
	void aNarrativeChangedOrGoneSinceIngestIsSaidToBeSoNotReadAsOtherContentOrAsMissing() throws Exception {
		Path changed = narrative(department("攀枝花市东区改动局"));
		Path gone = narrative(department("攀枝花市东区删除局"));
		department("攀枝花市东区甲局");
		doAnswer(call -> {
			// between ingest recording the narrative and the narrative step reading it
			// back
			Optional<?> recorded = (Optional<?>) call.callRealMethod();
			String name = recorded.map(Object::toString).orElse("");
			if (name.contains("攀枝花市东区改动局")) {
				Files.writeString(changed, "收入总计 999999 万元。");
			}
			else if (name.contains("攀枝花市东区删除局")) {
				Files.delete(gone);
			}
			return recorded;
		}).when(history).narrative(anyLong(), anyInt(), any());
		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.OK);

		assertThat(findings("N.narrative-changed")).singleElement().satisfies(f -> {
			assertThat(f.get("department")).isEqualTo("攀枝花市东区改动局");
			assertThat((String) f.get("message")).contains(changed.getFileName().toString()).contains("导入后已改变");
		});
		assertThat(findings("N.narrative-read-error")).singleElement().satisfies(f -> {
			assertThat(f.get("department")).isEqualTo("攀枝花市东区删除局");
			assertThat((String) f.get("message")).contains(gone.getFileName().toString()).contains("I/O");
		});
		assertThat(findings("N.no-narrative")).isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_claim WHERE quote LIKE '%999999%'", Integer.class))
			.isZero();
		assertThat(claims("攀枝花市东区甲局")).isGreaterThan(50);
	}

	/** A copy of the sample education bureau's package as another department. */
	private Path department(String name) throws Exception {
		return HostileInputFunctionalTests.education(input.resolve("2024").resolve(name));
	}

	private static Path narrative(Path folder) throws Exception {
		return HostileInputFunctionalTests.narrative(folder);
	}

	private static DepartmentYear of(String department) {
		return argThat(t -> t != null && t.department().equals(department));
	}

	/** The figures the check step loaded for a department, as both checks get them. */
	static FigureIndex figuresOf(String department) {
		return argThat(i -> i != null && i.department().equals(department));
	}

	private int claims(String department) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM v_claim WHERE department = ?", Integer.class, department);
	}

	private List<Map<String, Object>> findings(String rule) {
		return jdbc.queryForList("SELECT department, severity, message FROM v_finding WHERE rule_id = ?", rule);
	}

	private String jobStatus(ImportParameters run) {
		return jdbc.queryForObject(
				"""
						SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
						WHERE p.PARAMETER_NAME = 'runId' AND p.PARAMETER_VALUE = ?""",
				String.class, run.runId());
	}

}
