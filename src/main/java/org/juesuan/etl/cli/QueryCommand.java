package org.juesuan.etl.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.juesuan.etl.store.QueryResult;
import org.juesuan.etl.store.ReadOnlyQuery;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query "SELECT …" [--format table|csv]}: read-only SQL against the store. */
@Component
@Scope("prototype")
@Command(name = "query", mixinStandardHelpOptions = true,
		description = "Run a read-only SQL query (e.g. on v_figure, v_department_summary) and print the result.")
class QueryCommand implements Callable<Integer> {

	enum Format {

		table, csv

	}

	private final ReadOnlyQuery query;

	@Parameters(index = "0", paramLabel = "SQL", description = "one SELECT statement")
	String sql;

	@Option(names = "--format", description = "table or csv (default: ${DEFAULT-VALUE})")
	Format format = Format.table;

	QueryCommand(ReadOnlyQuery query) {
		this.query = query;
	}

	@Override
	public Integer call() {
		PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		try {
			QueryResult result = query.run(sql);
			if (format == Format.csv) {
				ResultPrinter.csv(result, out);
			}
			else {
				ResultPrinter.table(result, out);
			}
			if (result.truncated()) {
				out.flush();
				System.err.println("结果超过 " + result.rows().size() + " 行，只输出了前 " + result.rows().size()
						+ " 行（juesuan.query.max-rows）；请加 WHERE 或 LIMIT");
			}
			return 0;
		}
		catch (Exception e) {
			System.err.println("query failed: " + e.getMessage());
			return 1;
		}
		finally {
			out.flush();
		}
	}

}
