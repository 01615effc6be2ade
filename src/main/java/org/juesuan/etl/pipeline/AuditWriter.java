package org.juesuan.etl.pipeline;

import org.juesuan.etl.store.FindingWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Replaces the audit findings of each audited department-year. */
class AuditWriter implements ItemWriter<AuditedYear> {

	static final String SOURCE = "audit";

	private final FindingWriter findings;

	AuditWriter(FindingWriter findings) {
		this.findings = findings;
	}

	@Override
	public void write(Chunk<? extends AuditedYear> chunk) {
		chunk.forEach(a -> findings.replace(a.target().departmentId(), a.target().year(), SOURCE, a.findings()));
	}

}
