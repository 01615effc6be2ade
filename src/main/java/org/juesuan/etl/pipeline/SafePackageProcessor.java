package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.ingest.PackageReader;
import org.juesuan.etl.model.PackageRef;
import org.juesuan.etl.model.ParsedPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads a package; whatever goes wrong inside one package becomes that package's rejection, so the
 * departments after it still load.
 */
class SafePackageProcessor implements ItemProcessor<PackageRef, ParsedPackage> {

	private static final Logger log = LoggerFactory.getLogger(SafePackageProcessor.class);

	private final PackageReader reader;

	SafePackageProcessor(PackageReader reader) {
		this.reader = reader;
	}

	@Override
	public ParsedPackage process(PackageRef ref) {
		try {
			return reader.read(ref);
		} catch (RuntimeException e) {
			log.error("{}: unexpected error while reading", ref, e);
			return new ParsedPackage(ref, null, List.of(), List.of(), List.of(), "读取时发生意外错误：" + e);
		}
	}
}
