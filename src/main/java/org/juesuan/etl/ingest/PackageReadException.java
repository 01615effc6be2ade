package org.juesuan.etl.ingest;

/**
 * An unexpected failure while reading a package that is not the input's fault (a workbook
 * POI opened, then a parser bug): an internal error, naming the file and sheet being
 * read. The cause is the original exception.
 */
public class PackageReadException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String where;

	PackageReadException(String where, Throwable cause) {
		super("读取 " + where + " 时出错：" + cause, cause);
		this.where = where;
	}

	/** The file and sheet being read, e.g. {@code 2024/某局/公开03表.xlsx › 公开03表}. */
	public String where() {
		return where;
	}

}
