package org.juesuan.etl.cli;

import java.sql.SQLException;

/**
 * The one line an operator needs when the application cannot start (the database
 * unreachable, a broken template): the innermost cause's first line, named by its type.
 * The full trace goes to the log file.
 */
public final class StartupFailure {

	private StartupFailure() {
	}

	/**
	 * An embedded H2 store whose file another process has open (H2 error 90020): the
	 * store is busy, not broken.
	 */
	public static boolean busy(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException s && s.getErrorCode() == 90020) {
				return true;
			}
		}
		return false;
	}

	public static String describe(Throwable failure) {
		Throwable root = failure;
		SQLException sql = null;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
			if (root instanceof SQLException s && sql == null) {
				sql = s;
			}
		}
		String cause = firstLine(root) + " (" + root.getClass().getSimpleName() + ")";
		return sql != null && sql != root ? "数据库不可用：" + firstLine(sql) + " — " + cause : cause;
	}

	private static String firstLine(Throwable t) {
		String message = t.getMessage() == null ? "" : t.getMessage().strip();
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end).strip();
	}

}
