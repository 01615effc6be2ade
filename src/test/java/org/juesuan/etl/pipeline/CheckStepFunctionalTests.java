package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.juesuan.etl.generate.SampleDepartments;
import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.narrative.check.NarrativeAuditor;
import org.juesuan.etl.reconcile.Auditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The check step on two threads: every department-year gets both checks' results, each
 * written as the checks wrote them alone, and one department's exception in one check
 * leaves the other check's findings of that department as a clean copy's.
 */
@SpringBootTest(
		properties = { "juesuan.cli.enabled=false", "juesuan.check.threads=2", "juesuan.output=target/test-output",
				"spring.datasource.url=jdbc:h2:mem:check-step;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class CheckStepFunctionalTests extends ImportFunctionalTest {

	private static final List<String> DEPARTMENTS = List.of("攀枝花市东区甲中心", "攀枝花市东区乙中心", "攀枝花市东区丙中心", "攀枝花市东区丁中心",
			"攀枝花市东区戊中心");

	private static final String NARRATIVE_FAULT = "攀枝花市东区乙中心";

	private static final String AUDIT_FAULT = "攀枝花市东区丙中心";

	@MockitoSpyBean
	NarrativeAuditor narratives;

	@MockitoSpyBean
	Auditor auditor;

	@Autowired
	JobRepository jobs;

	@TempDir
	Path input;

	@Test
	void onTwoThreadsEveryDepartmentGetsBothChecksAndOneChecksFailureKeepsTheOthersFindings() throws Exception {
		for (String department : DEPARTMENTS) {
			eGovCentre(input.resolve("2024").resolve(department));
		}
		Set<String> threads = ConcurrentHashMap.newKeySet();
		doAnswer(call -> {
			threads.add(Thread.currentThread().getName());
			return call.callRealMethod();
		}).when(auditor).audit(any(), any());
		doThrow(new IllegalStateException("planted narrative fault")).when(narratives)
			.check(of(NARRATIVE_FAULT), any(), any(), any());
		doThrow(new IllegalStateException("planted audit fault")).when(auditor)
			.audit(FailureIsolationFunctionalTests.figuresOf(AUDIT_FAULT), any());

		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.OK);

		assertThat(threads).as("check threads").hasSize(2).allMatch(t -> t.startsWith("check-"));
		String clean = DEPARTMENTS.get(0);
		List<String> narrative = findings(clean, CheckWriter.NARRATIVE);
		List<String> audit = findings(clean, CheckWriter.AUDIT);
		assertThat(narrative).hasSizeGreaterThan(10);
		assertThat(audit).hasSizeGreaterThan(10);
		for (String department : DEPARTMENTS) {
			assertThat(findings(department, CheckWriter.NARRATIVE)).as(department + " narrative")
				.isEqualTo(department.equals(NARRATIVE_FAULT) ? List.of("narrative.internal-error ERROR") : narrative);
			assertThat(findings(department, CheckWriter.AUDIT)).as(department + " audit")
				.isEqualTo(department.equals(AUDIT_FAULT) ? List.of("audit.internal-error ERROR") : audit);
			assertThat(claims(department)).as(department + " claims")
				.isEqualTo(department.equals(NARRATIVE_FAULT) ? 0 : claims(clean));
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM narrative_report", Integer.class))
			.isEqualTo(DEPARTMENTS.size());
		var check = jobs.getLastStepExecution(jobs.getLastJobInstance("importJob"), "checkStep");
		assertThat(check.getWriteCount()).isEqualTo(DEPARTMENTS.size());
		assertThat(CheckTimes.seconds(check)).containsOnlyKeys("load", "narrative", "audit")
			.allSatisfy((phase, seconds) -> assertThat(seconds).isPositive());
	}

	/**
	 * A copy of the sample e-government centre's package (narrative and audit findings).
	 */
	private static void eGovCentre(Path folder) throws Exception {
		Files.createDirectories(folder);
		Path sample = ImportJobFunctionalTests.SAMPLE_INPUT.resolve("2024")
			.resolve(SampleDepartments.eGovCentre().department());
		try (var files = Files.list(sample)) {
			for (Path p : (Iterable<Path>) files::iterator) {
				Files.copy(p, folder.resolve(p.getFileName().toString()));
			}
		}
	}

	/** A department's findings of one source, by rule, place and severity, in order. */
	private List<String> findings(String department, String source) {
		return jdbc.queryForList(
				"""
						SELECT CONCAT(f.rule_id, ' ', f.severity, COALESCE(' ' || f.table_nos, ''), COALESCE(' ' || f.row_ref, ''),
						  COALESCE(' ' || f.column_name, '')) FROM finding f JOIN department d ON d.id = f.department_id
						WHERE d.name = ? AND f.source = ? ORDER BY f.id""",
				String.class, department, source);
	}

	private int claims(String department) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM v_claim WHERE department = ?", Integer.class, department);
	}

	private static DepartmentYear of(String department) {
		return argThat(t -> t != null && t.department().equals(department));
	}

}
