package org.juesuan.etl.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.etl.template.ColumnSpec;
import org.juesuan.etl.template.PanelSpec;
import org.juesuan.etl.template.TableTemplate;
import org.juesuan.etl.template.Vocabulary;

/**
 * Turns a header band into panels: each column's header path (the distinct texts top to
 * bottom, merged cells included) gives its role; each label column starts a panel
 * together with the code columns just left of it; the amount columns up to the next panel
 * are matched to the template's columns by text.
 */
final class LayoutBuilder {

	private final Vocabulary vocabulary;

	LayoutBuilder(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	List<Panel> build(SheetGrid grid, HeaderBand band, TableTemplate template) {
		List<List<String>> paths = new ArrayList<>();
		List<ColumnRole> roles = new ArrayList<>();
		for (int c = 0; c < grid.width(); c++) {
			List<String> path = path(grid, band, c);
			paths.add(path);
			roles.add(role(path));
		}
		List<Integer> starts = panelStarts(roles, template);
		List<Panel> panels = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			int from = starts.get(i);
			int to = i + 1 < starts.size() ? starts.get(i + 1) : grid.width();
			PanelSpec spec = template.repeatPanels() || i >= template.panels().size()
					? template.panels().get(template.repeatPanels() ? 0 : template.panels().size() - 1)
					: template.panels().get(i);
			panels.add(panel(spec, paths, roles, from, to));
		}
		return panels;
	}

	private static List<String> path(SheetGrid grid, HeaderBand band, int col) {
		List<String> path = new ArrayList<>();
		for (int r = band.top(); r <= band.bottom(); r++) {
			String text = grid.norm(r, col);
			if (r != band.columnNumberRow() && !text.isEmpty()
					&& (path.isEmpty() || !path.get(path.size() - 1).equals(text))) {
				path.add(text);
			}
		}
		return path;
	}

	private ColumnRole role(List<String> path) {
		if (path.isEmpty()) {
			return null;
		}
		String leaf = path.get(path.size() - 1);
		if (vocabulary.ignoredHeaders().contains(leaf)) {
			return null;
		}
		if (vocabulary.codeParts().contains(leaf)) {
			return ColumnRole.CODE_PART;
		}
		if (vocabulary.codeHeaders().contains(leaf)) {
			return ColumnRole.CODE;
		}
		if (vocabulary.labelHeaders().contains(leaf)) {
			return ColumnRole.LABEL;
		}
		if (vocabulary.rowNumberHeaders().contains(leaf)) {
			return ColumnRole.ROW_NUMBER;
		}
		return ColumnRole.AMOUNT;
	}

	/**
	 * Each label column starts a panel, moved left over the code columns just before it.
	 */
	private static List<Integer> panelStarts(List<ColumnRole> roles, TableTemplate template) {
		List<Integer> starts = new ArrayList<>();
		for (int c = 0; c < roles.size(); c++) {
			if (roles.get(c) == ColumnRole.LABEL || (roles.get(c) == ColumnRole.CODE && !hasLabelAfter(roles, c))) {
				int start = c;
				while (start > 0 && isCode(roles.get(start - 1))) {
					start--;
				}
				starts.add(start);
			}
		}
		boolean onePanel = template.panels().size() == 1 && !template.repeatPanels();
		if (starts.isEmpty() || onePanel) {
			return List.of(0);
		}
		starts.set(0, 0);
		return starts;
	}

	private static boolean hasLabelAfter(List<ColumnRole> roles, int c) {
		int next = c + 1;
		while (next < roles.size() && isCode(roles.get(next))) {
			next++;
		}
		return next < roles.size() && roles.get(next) == ColumnRole.LABEL;
	}

	private static boolean isCode(ColumnRole role) {
		return role == ColumnRole.CODE || role == ColumnRole.CODE_PART;
	}

	private Panel panel(PanelSpec spec, List<List<String>> paths, List<ColumnRole> roles, int from, int to) {
		List<Integer> codes = new ArrayList<>();
		int label = -1;
		List<Integer> amountIndexes = new ArrayList<>();
		for (int c = from; c < to; c++) {
			ColumnRole role = roles.get(c);
			if (isCode(role)) {
				codes.add(c);
			}
			else if (role == ColumnRole.LABEL && label < 0) {
				label = c;
			}
			else if (role == ColumnRole.AMOUNT) {
				amountIndexes.add(c);
			}
		}
		return new Panel(spec, codes, label, match(spec, paths, amountIndexes));
	}

	private static List<AmountColumn> match(PanelSpec spec, List<List<String>> paths, List<Integer> columns) {
		Map<ColumnSpec, Integer> claimedBy = new HashMap<>();
		Map<Integer, ColumnSpec> best = new HashMap<>();
		Map<Integer, Integer> bestScore = new HashMap<>();
		for (int c : columns) {
			for (ColumnSpec s : spec.columns()) {
				int score = ColumnMatcher.score(s, paths.get(c));
				if (score > bestScore.getOrDefault(c, 0)) {
					bestScore.put(c, score);
					best.put(c, s);
				}
			}
			ColumnSpec s = best.get(c);
			if (s != null) {
				Integer rival = claimedBy.get(s);
				if (rival == null || bestScore.get(rival) < bestScore.get(c)) {
					claimedBy.put(s, c);
				}
			}
		}
		List<AmountColumn> result = new ArrayList<>();
		for (int c : columns) {
			ColumnSpec s = best.get(c);
			String header = String.join("›", paths.get(c));
			boolean known = s != null && claimedBy.get(s) == c;
			result.add(known ? new AmountColumn(c, s.name(), s.row(), true, header)
					: new AmountColumn(c, header, null, false, header));
		}
		return result;
	}

}
