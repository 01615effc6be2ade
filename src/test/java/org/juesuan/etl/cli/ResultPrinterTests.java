package org.juesuan.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.juesuan.etl.store.QueryResult;
import org.junit.jupiter.api.Test;

class ResultPrinterTests {

	private final QueryResult result = new QueryResult(List.of("row_label", "amount_yuan"),
			List.of(List.of("本年收入合计", "4119100.00"), Arrays.asList("合计, 含\"引号\"", null)));

	@Test
	void printsAlignedTableCountingChineseAsDoubleWidth() {
		StringWriter out = new StringWriter();
		ResultPrinter.table(result, new PrintWriter(out));
		List<String> lines = out.toString().lines().toList();
		assertThat(lines.get(0)).isEqualTo("row_label      | amount_yuan");
		assertThat(lines.get(2)).isEqualTo("本年收入合计   | 4119100.00 ");
		assertThat(lines.get(3)).endsWith("| NULL       ");
		assertThat(lines.get(4)).isEqualTo("(2 rows)");
	}

	@Test
	void printsCsvWithHeaderAndQuoting() {
		StringWriter out = new StringWriter();
		ResultPrinter.csv(result, new PrintWriter(out));
		assertThat(out.toString().lines()).containsExactly("row_label,amount_yuan", "本年收入合计,4119100.00",
				"\"合计, 含\"\"引号\"\"\",");
	}

}
