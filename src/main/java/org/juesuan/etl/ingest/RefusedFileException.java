package org.juesuan.etl.ingest;

import java.io.IOException;

/**
 * A file refused before it is read (too large, too many rows, not what its name says);
 * the message says why.
 */
class RefusedFileException extends IOException {

	private static final long serialVersionUID = 1L;

	RefusedFileException(String message) {
		super(message);
	}

}
