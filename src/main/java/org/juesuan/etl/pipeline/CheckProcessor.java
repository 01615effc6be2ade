package org.juesuan.etl.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.juesuan.etl.ingest.IngestProperties;
import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.narrative.check.NarrativeAuditor;
import org.juesuan.etl.narrative.check.NarrativeCheck;
import org.juesuan.etl.reconcile.Auditor;
import org.juesuan.etl.store.FigureReader;
import org.juesuan.etl.store.LoadHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks one department-year from its figures loaded once: its narrative (when the target
 * says so) and its audit, each guarded on its own, so an exception in one is that check's
 * internal-error finding and the other's result stands; then writes the results
 * ({@link CheckWriter}). Runs on the check step's threads, writing included: the step's
 * writer would write on one thread while the others wait for the next chunk.
 */
class CheckProcessor implements ItemProcessor<CheckTarget, CheckedYear>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(CheckProcessor.class);

	private final NarrativeAuditor narratives;

	private final AuditProcessor audits;

	private final FigureReader figures;

	private final LoadHistory history;

	private final IngestProperties limits;

	private final CheckTimes times;

	private final CheckWriter writer;

	private volatile NarrativeProcessor narrative;

	CheckProcessor(NarrativeAuditor narratives, Auditor auditor, FigureReader figures, LoadHistory history,
			IngestProperties limits, CheckTimes times, CheckWriter writer) {
		this.narratives = narratives;
		this.audits = new AuditProcessor(auditor);
		this.figures = figures;
		this.history = history;
		this.limits = limits;
		this.times = times;
		this.writer = writer;
	}

	/**
	 * Takes the input folder and run from the job's parameters (not step scope: the
	 * processor runs on the check threads); a check of what is stored has no input.
	 */
	@Override
	public void beforeStep(StepExecution stepExecution) {
		String input = stepExecution.getJobParameters().getString("input");
		String runId = stepExecution.getJobParameters().getString("runId");
		narrative = input == null ? null : new NarrativeProcessor(narratives, history, limits, Path.of(input), runId);
	}

	@Override
	public CheckedYear process(CheckTarget item) {
		DepartmentYear target = item.target();
		YearFigures loaded = times.time(CheckTimes.Phase.LOAD, () -> load(target));
		NarrativeCheck checked = item.narrative()
				? times.time(CheckTimes.Phase.NARRATIVE, () -> narrative.check(target, loaded)) : null;
		List<Finding> audited = times.time(CheckTimes.Phase.AUDIT, () -> audits.audit(target, loaded));
		CheckedYear result = new CheckedYear(target, checked, audited);
		writer.write(result);
		return result;
	}

	/**
	 * Null when loading fails: each check then loads on its own and fails, or not, as it
	 * did alone (a missing narrative needs no figures).
	 */
	private YearFigures load(DepartmentYear target) {
		try {
			return YearFigures.load(figures, target);
		}
		catch (RuntimeException e) {
			log.warn("{}: loading its figures failed; each check tries on its own", target, e);
			return null;
		}
	}

}
