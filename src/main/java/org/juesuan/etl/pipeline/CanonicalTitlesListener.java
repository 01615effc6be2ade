package org.juesuan.etl.pipeline;

import org.juesuan.etl.store.CanonicalTableWriter;
import org.juesuan.etl.template.TemplateSets;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Before the ingest step, writes the configured canonical model's titles to the store for
 * the district views.
 */
class CanonicalTitlesListener implements StepExecutionListener {

	private final CanonicalTableWriter writer;

	private final TemplateSets templates;

	CanonicalTitlesListener(CanonicalTableWriter writer, TemplateSets templates) {
		this.writer = writer;
		this.templates = templates;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		writer.refresh(templates.canonicalTitles());
	}

}
