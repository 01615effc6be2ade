package org.juesuan.etl.pipeline;

import java.nio.file.Path;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.narrative.check.NarrativeAuditor;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks the narrative in a department-year's package folder, {@code <input>/<year>/<department>/}. */
class NarrativeProcessor implements ItemProcessor<DepartmentYear, NarratedYear> {

	private final NarrativeAuditor auditor;
	private final Path input;

	NarrativeProcessor(NarrativeAuditor auditor, Path input) {
		this.auditor = auditor;
		this.input = input;
	}

	@Override
	public NarratedYear process(DepartmentYear target) {
		Path folder = input.resolve(String.valueOf(target.year())).resolve(target.department());
		return new NarratedYear(target, auditor.check(target, folder, input));
	}
}
