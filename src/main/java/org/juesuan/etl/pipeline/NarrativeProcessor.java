package org.juesuan.etl.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.juesuan.etl.ingest.IngestProperties;
import org.juesuan.etl.ingest.RecordedNarrative;
import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.NarrativeFile;
import org.juesuan.etl.narrative.check.NarrativeAuditor;
import org.juesuan.etl.narrative.check.NarrativeCheck;
import org.juesuan.etl.store.LoadHistory;
import org.juesuan.etl.store.NarrativeCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check step's narrative part: checks the narrative that the run's ingest chose for a
 * department-year and recorded with its hash (the folder is not listed again). An
 * exception checking one department is an internal error recorded as its finding
 * ({@code narrative.internal-error}), its trace in the log, and the other departments are
 * still checked.
 */
class NarrativeProcessor {

	private static final Logger log = LoggerFactory.getLogger(NarrativeProcessor.class);

	private final NarrativeAuditor auditor;

	private final LoadHistory history;

	private final Path input;

	private final String runId;

	private final IngestProperties limits;

	NarrativeProcessor(NarrativeAuditor auditor, LoadHistory history, IngestProperties limits, Path input,
			String runId) {
		this.auditor = auditor;
		this.limits = limits;
		this.history = history;
		this.input = input;
		this.runId = runId;
	}

	/**
	 * @param figures the department-year's figures as loaded for its checks, or null when
	 * loading them failed: the check then loads them itself, as it did alone
	 */
	NarrativeCheck check(DepartmentYear target, YearFigures figures) {
		try {
			NarrativeFile file = RecordedNarrative.read(history.narrative(target.departmentId(), target.year(), runId),
					input, limits);
			return figures == null ? auditor.check(target, file)
					: auditor.check(target, file, figures.current(), figures.previous());
		}
		catch (RuntimeException e) {
			log.error("{}: internal error while checking the narrative", target, e);
			Finding failed = InternalErrors.finding(InternalErrors.NARRATIVE, target, "核对编制说明", e);
			NarrativeCounts none = new NarrativeCounts(failed.location(), null, 0, 0, 0, 0, 0, 0, 0);
			return new NarrativeCheck(List.of(), List.of(failed), none);
		}
	}

}
