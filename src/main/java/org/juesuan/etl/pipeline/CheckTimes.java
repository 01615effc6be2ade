package org.juesuan.etl.pipeline;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Where the check step's time goes, summed over its threads: loading the figures (once
 * for both checks), the narrative check and the audit, each with writing its results.
 * After the step the seconds are in its execution context ({@code seconds.<phase>}) and
 * the log; the bench reports them beside the step's wall time.
 */
public final class CheckTimes implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(CheckTimes.class);

	/** A part of checking a department-year. */
	enum Phase {

		LOAD, NARRATIVE, AUDIT;

		String key() {
			return "seconds." + name().toLowerCase(Locale.ROOT);
		}

	}

	private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);

	CheckTimes() {
		for (Phase phase : Phase.values()) {
			nanos.put(phase, new LongAdder());
		}
	}

	<T> T time(Phase phase, Supplier<T> work) {
		long start = System.nanoTime();
		try {
			return work.get();
		}
		finally {
			nanos.get(phase).add(System.nanoTime() - start);
		}
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		nanos.values().forEach(LongAdder::reset);
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		ExecutionContext context = stepExecution.getExecutionContext();
		nanos.forEach((phase, n) -> context.putDouble(phase.key(), n.sum() / 1e9));
		log.info("{}: {} department-years; thread seconds: figures loaded {}, narrative {}, audit {}",
				stepExecution.getStepName(), stepExecution.getWriteCount(), seconds(context, Phase.LOAD),
				seconds(context, Phase.NARRATIVE), seconds(context, Phase.AUDIT));
		return null;
	}

	/**
	 * The seconds a check step's execution spent per phase ({@code load},
	 * {@code narrative}, {@code audit}), summed over its threads; empty for another step.
	 */
	public static Map<String, Double> seconds(StepExecution stepExecution) {
		Map<String, Double> seconds = new LinkedHashMap<>();
		ExecutionContext context = stepExecution.getExecutionContext();
		for (Phase phase : Phase.values()) {
			if (context.containsKey(phase.key())) {
				seconds.put(phase.name().toLowerCase(Locale.ROOT), context.getDouble(phase.key()));
			}
		}
		return seconds;
	}

	private static String seconds(ExecutionContext context, Phase phase) {
		return String.format(Locale.ROOT, "%.1f s", context.getDouble(phase.key()));
	}

}
