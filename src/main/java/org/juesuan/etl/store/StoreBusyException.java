package org.juesuan.etl.store;

/**
 * Another live run holds the store's run lock; the message says who and since when, in
 * one line.
 */
public class StoreBusyException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	StoreBusyException(String message, Throwable cause) {
		super(message, cause);
	}

}
