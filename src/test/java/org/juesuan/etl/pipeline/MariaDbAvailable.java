package org.juesuan.etl.pipeline;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a MariaDB test class when the server answers, or always when {@code CI=true} (so a
 * missing server fails the build there); skips it on a developer machine without the
 * server.
 */
public class MariaDbAvailable implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("CI=true: MariaDB is required");
		}
		return MariaDb.reachable() ? ConditionEvaluationResult.enabled("MariaDB reachable")
				: ConditionEvaluationResult.disabled("MariaDB at 127.0.0.1:3306 not reachable (skipped outside CI)");
	}

}
