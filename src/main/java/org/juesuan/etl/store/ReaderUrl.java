package org.juesuan.etl.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reader's JDBC URL from the store's. H2 runs every {@code ;KEY=VALUE} of a URL as a
 * {@code SET} on connecting, and most of them (DB_CLOSE_DELAY, AUTO_SERVER …) need admin
 * rights, so only session settings are kept, and {@code IFEXISTS} stops a wrong path from
 * creating an empty database. Other URLs are used as they are.
 */
final class ReaderUrl {

	private ReaderUrl() {
	}

	static String of(String storeUrl) {
		if (!storeUrl.startsWith("jdbc:h2:")) {
			return storeUrl;
		}
		String[] parts = storeUrl.split(";");
		String kept = Arrays.stream(parts)
			.skip(1)
			.filter(p -> p.toUpperCase(Locale.ROOT).startsWith("NON_KEYWORDS="))
			.map(p -> ";" + p)
			.collect(Collectors.joining());
		return parts[0] + kept + ";IFEXISTS=TRUE";
	}

}
