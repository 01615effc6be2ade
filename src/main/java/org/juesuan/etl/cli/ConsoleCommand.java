package org.juesuan.etl.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.juesuan.etl.store.QueryResult;
import org.juesuan.etl.store.ReadOnlyQuery;

import picocli.CommandLine.Command;

/**
 * {@code console}: an interactive read-only SQL session on the analyst views for analysts
 * without a SQL client. Statements end with {@code ;}; {@code \q}, {@code exit} or end of
 * input leaves. Each runs as {@code query} does.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
		description = "Interactive read-only SQL on the analyst views (end statements with ;, leave with \\q).")
class ConsoleCommand implements Callable<Integer> {

	private final ReadOnlyQuery query;

	ConsoleCommand(ReadOnlyQuery query) {
		this.query = query;
	}

	@Override
	public Integer call() throws IOException {
		PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		boolean interactive = System.console() != null;
		if (interactive) {
			out.println("juesuan-etl console: 只读查询分析视图（v_figure, v_finding, v_department_summary …），以 ; 结束，\\q 退出");
		}
		StringBuilder statement = new StringBuilder();
		for (String line = prompt(in, out, interactive, statement); line != null; line = prompt(in, out, interactive,
				statement)) {
			String trimmed = line.strip();
			if (statement.isEmpty() && (trimmed.equals("\\q") || trimmed.equalsIgnoreCase("exit")
					|| trimmed.equalsIgnoreCase("quit"))) {
				break;
			}
			statement.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				execute(statement.toString(), out);
				statement.setLength(0);
			}
		}
		if (!statement.toString().isBlank()) {
			execute(statement.toString(), out);
		}
		return 0;
	}

	private static String prompt(BufferedReader in, PrintWriter out, boolean interactive, StringBuilder statement)
			throws IOException {
		if (interactive) {
			out.print(statement.isEmpty() ? "juesuan> " : "      -> ");
			out.flush();
		}
		return in.readLine();
	}

	private void execute(String sql, PrintWriter out) {
		try {
			QueryResult result = query.run(sql);
			ResultPrinter.table(result, out);
			if (result.truncated()) {
				out.println("（只显示前 " + result.rows().size() + " 行；请加 WHERE 或 LIMIT）");
			}
		}
		catch (Exception e) {
			out.println("错误：" + e.getMessage());
		}
		out.flush();
	}

}
