package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.ingest.PackageDiscovery.PackageFolder;
import org.juesuan.etl.model.PackageRef;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Hands out the discovered packages one by one, listing each one's files as it is handed
 * out, and knows how many there are, for progress.
 */
class PackageItemReader implements ItemReader<PackageRef> {

	private final List<PackageFolder> packages;

	private int next;

	PackageItemReader(List<PackageFolder> packages) {
		this.packages = packages;
	}

	@Override
	public synchronized PackageRef read() {
		return next < packages.size() ? packages.get(next++).list() : null;
	}

	public int total() {
		return packages.size();
	}

}
