package org.juesuan.etl.cli;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.juesuan.etl.store.QueryProperties;
import org.juesuan.etl.store.ReaderAccount;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;

/**
 * {@code grant-reader}: run once by the database admin (the store's credentials must be
 * allowed to CREATE USER and GRANT) to create the analysts' account of {@code query} with
 * SELECT on the {@code v_*} views only. Re-run after an upgrade that adds views. H2 needs
 * no run: it is done after every migration.
 */
@Component
@Scope("prototype")
@Command(name = "grant-reader", mixinStandardHelpOptions = true,
		description = "Create the read-only account of `query` (juesuan.query.username/password) with SELECT on the v_* views only.")
class GrantReaderCommand implements Callable<Integer> {

	private final DataSource dataSource;

	private final QueryProperties properties;

	GrantReaderCommand(DataSource dataSource, QueryProperties properties) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	@Override
	public Integer call() {
		try (Connection con = dataSource.getConnection()) {
			List<String> views = new ReaderAccount(properties).grant(con);
			System.out.println(properties.username() + " 可读视图: " + String.join(", ", views));
			return 0;
		}
		catch (Exception e) {
			System.err.println("grant-reader failed: " + e.getMessage());
			return 1;
		}
	}

}
