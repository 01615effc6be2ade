package org.juesuan.etl.pipeline;

import org.juesuan.etl.ingest.ParsedPackage;
import org.juesuan.etl.store.PackageStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores each parsed package of a chunk (one per chunk) under the run's id. */
class PackageWriter implements ItemWriter<ParsedPackage> {

	private final PackageStore store;
	private final String runId;

	PackageWriter(PackageStore store, String runId) {
		this.store = store;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends ParsedPackage> chunk) {
		chunk.forEach(pkg -> store.save(pkg, runId));
	}
}
