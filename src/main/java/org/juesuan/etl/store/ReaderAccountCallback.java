package org.juesuan.etl.store;

import java.sql.SQLException;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * On H2, after every migration, keeps the analysts' account in step with the
 * configuration and the views (a view added by a later migration is granted too).
 * MySQL/MariaDB accounts are the DBA's: {@code grant-reader} does it there.
 */
@Component
class ReaderAccountCallback implements Callback {

	private final ReaderAccount account;

	ReaderAccountCallback(QueryProperties properties) {
		this.account = new ReaderAccount(properties);
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			if (ReaderAccount.isH2(context.getConnection())) {
				account.grant(context.getConnection());
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot set up the analysts' account: " + e.getMessage(), e);
		}
	}

	@Override
	public String getCallbackName() {
		return "reader-account";
	}

}
