package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.model.PackageRef;
import org.springframework.batch.infrastructure.item.support.ListItemReader;

/**
 * Hands out the discovered packages one by one and knows how many there are, for
 * progress.
 */
class PackageItemReader extends ListItemReader<PackageRef> {

	private final int total;

	PackageItemReader(List<PackageRef> packages) {
		super(packages);
		this.total = packages.size();
	}

	public int total() {
		return total;
	}

}
