package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.ingest.PackageReadException;
import org.juesuan.etl.ingest.PackageReader;
import org.juesuan.etl.model.PackageRef;
import org.juesuan.etl.model.ParsedPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads a package; whatever goes wrong inside one package becomes that package's
 * rejection, so the departments after it still load. Bad input is the reader's rejection;
 * an exception is an internal error (a parser bug, not the input's fault): its trace goes
 * to the log and the rejection says so, naming the file and sheet being read.
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
		}
		catch (RuntimeException e) {
			String where = e instanceof PackageReadException failed ? failed.where() : ref.toString();
			Throwable cause = e instanceof PackageReadException && e.getCause() != null ? e.getCause() : e;
			log.error("{}: internal error while reading {}", ref, where, e);
			return new ParsedPackage(ref, null, List.of(), List.of(), List.of(),
					InternalErrors.PREFIX + "读取 " + where + " 时 " + shorten(cause));
		}
	}

	private static String shorten(Throwable cause) {
		String text = cause.toString();
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

}
