package org.juesuan.etl.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.store.FigureReader;
import org.juesuan.etl.template.TemplateSets;
import org.springframework.stereotype.Component;

/**
 * Audits one stored department-year against the whole catalogue (and its previous year,
 * when loaded), returning every finding, ERRORs first.
 */
@Component
public class Auditor {

	private final RuleCatalogue catalogue;

	private final FigureReader reader;

	private final FindingFactory findings;

	private final BuiltinChecks builtins;

	Auditor(RuleCatalogue catalogue, FigureReader reader, TemplateSets templates) {
		this.catalogue = catalogue;
		this.reader = reader;
		this.findings = new FindingFactory(templates);
		this.builtins = new BuiltinChecks(templates);
	}

	public List<Finding> audit(DepartmentYear target) {
		return audit(reader.index(target), reader.previousIndex(target));
	}

	/**
	 * Audits a department-year whose figures the caller loaded (so that the narrative
	 * check can share them).
	 * @param current the department-year's figures
	 * @param previous the same department's previous year, or null when none is loaded
	 */
	public List<Finding> audit(FigureIndex current, FigureIndex previous) {
		List<Finding> result = new ArrayList<>();
		for (Rule rule : catalogue.rules(current.set())) {
			if (rule.builtin() != null) {
				result.addAll(builtins.run(rule, current));
			}
			else {
				Evaluator.evaluate(rule, current, previous)
					.forEach(o -> findings.finding(o, current).ifPresent(result::add));
			}
		}
		result.sort(Comparator.comparingInt(Finding::severityRank));
		return result;
	}

}
