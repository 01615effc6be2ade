package org.juesuan.etl.cli;

import java.util.concurrent.Callable;

import org.juesuan.etl.store.ExplanationStore;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code explain <fingerprint> "<text>"}: attaches an explanation (出错说明) to a current
 * finding.
 */
@Component
@Scope("prototype")
@Command(name = "explain", mixinStandardHelpOptions = true,
		description = "Attach an explanation (出错说明) to a finding; it stays with the finding across re-runs.")
class ExplainCommand implements Callable<Integer> {

	private final ExplanationStore explanations;

	@Parameters(index = "0", paramLabel = "FINGERPRINT",
			description = "the finding's fingerprint (v_finding.fingerprint)")
	String fingerprint;

	@Parameters(index = "1", paramLabel = "TEXT",
			description = "the explanation (an earlier one of the finding is kept in v_explanation_history)")
	String text;

	ExplainCommand(ExplanationStore explanations) {
		this.explanations = explanations;
	}

	@Override
	public Integer call() {
		String message = explanations.explain(fingerprint.strip(), text);
		if (message == null) {
			System.err.println("没有指纹为 " + fingerprint + " 的当前审核发现（见 v_finding.fingerprint）");
			return 1;
		}
		System.out.println("已为“" + message + "”附上说明。");
		return 0;
	}

}
