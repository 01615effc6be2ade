package org.juesuan.etl.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The structure charts of the report from the consolidated tables (canonical rows and
 * columns): income by source (T1), spending by kind (T3 合计), 基本/项目 by department, 类
 * shares (T3 类 rows), 三公 budget and actual (T13), and the key totals of this year beside
 * last year's when loaded.
 */
final class ReportCharts {

	static final List<String> INCOME = List.of("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "上级补助收入", "事业收入",
			"经营收入", "附属单位上缴收入", "其他收入");

	static final List<String> SPENDING = List.of("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");

	static final List<String> THREE_PUBLIC = List.of("因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费");

	/**
	 * A key total: a canonical table's figure by row key (code or fixed label) and
	 * column.
	 */
	record Total(int table, String row, String column) {
	}

	/** The key totals the report shows, by name. */
	static final Map<String, Total> TOTALS = totals();

	private ReportCharts() {
	}

	private static Map<String, Total> totals() {
		Map<String, Total> totals = new LinkedHashMap<>();
		totals.put("本年收入合计", new Total(1, "本年收入合计", "金额"));
		totals.put("收入总计", new Total(1, "收入总计", "金额"));
		totals.put("本年支出合计", new Total(1, "本年支出合计", "金额"));
		totals.put("基本支出", new Total(3, "合计", "基本支出"));
		totals.put("项目支出", new Total(3, "合计", "项目支出"));
		totals.put("年初结转和结余", new Total(1, "年初结转和结余", "金额"));
		totals.put("年末结转和结余", new Total(1, "年末结转和结余", "金额"));
		totals.put("三公经费决算数", new Total(13, "合计", "决算数"));
		return totals;
	}

	static BigDecimal total(Map<Integer, ConsolidatedTable> tables, String name) {
		Total at = TOTALS.get(name);
		ConsolidatedTable table = tables.get(at.table());
		return table == null ? null : table.amount(at.row(), at.column());
	}

	static List<String> charts(Map<Integer, ConsolidatedTable> tables, Map<Integer, ConsolidatedTable> previous,
			BasicProject departments) {
		ConsolidatedTable t1 = tables.getOrDefault(1, new ConsolidatedTable(List.of()));
		ConsolidatedTable t3 = tables.getOrDefault(3, new ConsolidatedTable(List.of()));
		ConsolidatedTable t13 = tables.getOrDefault(13, new ConsolidatedTable(List.of()));
		List<String> images = new java.util.ArrayList<>();
		images.add(ChartImages.pie("收入结构（万元）", amounts(t1, INCOME, "金额")));
		images.add(ChartImages.pie("支出结构（万元）", row(t3, "合计", SPENDING)));
		images.add(ChartImages.bars("基本支出 / 项目支出（万元）", "万元", departments.series(), true, true));
		Map<String, Double> classes = new LinkedHashMap<>();
		t3.codes(3).forEach(c -> classes.put(c + " " + t3.label(c), Html.wanValue(t3.amount(c, "本年支出合计"))));
		images.add(ChartImages.pie("支出功能分类（类）占比（万元）", classes));
		Map<String, Map<String, ? extends Number>> three = new LinkedHashMap<>();
		three.put("预算数", amounts(t13, THREE_PUBLIC, "预算数"));
		three.put("决算数", amounts(t13, THREE_PUBLIC, "决算数"));
		images.add(ChartImages.bars("“三公”经费（万元）", "万元", three, false, false));
		if (!previous.isEmpty()) {
			images.add(ChartImages.bars("主要指标同比（万元）", "万元", yearOnYear(tables, previous), false, false));
		}
		return images;
	}

	private static Map<String, Double> amounts(ConsolidatedTable table, List<String> rows, String column) {
		Map<String, Double> values = new LinkedHashMap<>();
		rows.forEach(r -> values.put(r, Html.wanValue(table.amount(r, column))));
		return values;
	}

	private static Map<String, Double> row(ConsolidatedTable table, String row, List<String> columns) {
		Map<String, Double> values = new LinkedHashMap<>();
		columns.forEach(c -> values.put(c, Html.wanValue(table.amount(row, c))));
		return values;
	}

	/**
	 * Departments drawn as bars at most: a district's worth. A city's or a province's
	 * thousands of bars would make an image hundreds of megabytes large and no one could
	 * read it; past this, the largest departments are drawn and the rest are one bar.
	 */
	static final int MAX_BARS = 150;

	/**
	 * Basic and project spending per department, in the departments' order; when there
	 * are more than {@link #MAX_BARS}, the largest ({@code MAX_BARS - 1}, by basic +
	 * project) from the largest down and one bar {@code 其余 N 个部门} summing the others.
	 */
	static Map<String, Map<String, ? extends Number>> basicProject(List<DepartmentLine> departments) {
		BasicProject chart = new BasicProject();
		departments.forEach(chart::add);
		return chart.series();
	}

	/**
	 * {@link #basicProject} of departments met one at a time: holds {@link #MAX_BARS} of
	 * them at most, however many there are.
	 */
	static final class BasicProject {

		private record Bar(int order, DepartmentLine line, BigDecimal spending) {
		}

		/** The smallest first (by spending, then the later first): the one to drop. */
		private static final Comparator<Bar> SMALLEST_FIRST = Comparator.comparing(Bar::spending)
			.thenComparing(Comparator.comparingInt(Bar::order).reversed());

		private final PriorityQueue<Bar> largest = new PriorityQueue<>(SMALLEST_FIRST);

		private BigDecimal basic = BigDecimal.ZERO;

		private BigDecimal project = BigDecimal.ZERO;

		private int count;

		void add(DepartmentLine line) {
			basic = basic.add(amount(line, "basic_yuan"));
			project = project.add(amount(line, "project_yuan"));
			largest.add(new Bar(count++, line, spending(line)));
			if (largest.size() > MAX_BARS) {
				largest.poll();
			}
		}

		Map<String, Map<String, ? extends Number>> series() {
			List<Bar> drawn = new ArrayList<>(largest);
			boolean all = count <= MAX_BARS;
			drawn.sort(all ? Comparator.comparingInt(Bar::order) : SMALLEST_FIRST.reversed());
			if (!all) {
				drawn = drawn.subList(0, MAX_BARS - 1);
			}
			Map<String, Double> basicBars = new LinkedHashMap<>();
			Map<String, Double> projectBars = new LinkedHashMap<>();
			BigDecimal restBasic = basic;
			BigDecimal restProject = project;
			for (Bar bar : drawn) {
				basicBars.put(bar.line().department(), Html.wanValue(bar.line().amount("basic_yuan")));
				projectBars.put(bar.line().department(), Html.wanValue(bar.line().amount("project_yuan")));
				restBasic = restBasic.subtract(amount(bar.line(), "basic_yuan"));
				restProject = restProject.subtract(amount(bar.line(), "project_yuan"));
			}
			if (!all) {
				String others = "其余 " + (count - drawn.size()) + " 个部门";
				basicBars.put(others, Html.wanValue(restBasic));
				projectBars.put(others, Html.wanValue(restProject));
			}
			Map<String, Map<String, ? extends Number>> series = new LinkedHashMap<>();
			series.put("基本支出", basicBars);
			series.put("项目支出", projectBars);
			return series;
		}

	}

	private static BigDecimal spending(DepartmentLine d) {
		return amount(d, "basic_yuan").add(amount(d, "project_yuan"));
	}

	/** A department's amount, none stored counting as zero. */
	private static BigDecimal amount(DepartmentLine d, String column) {
		BigDecimal amount = d.amount(column);
		return amount == null ? BigDecimal.ZERO : amount;
	}

	private static Map<String, Map<String, ? extends Number>> yearOnYear(Map<Integer, ConsolidatedTable> tables,
			Map<Integer, ConsolidatedTable> previous) {
		Map<String, Double> now = new LinkedHashMap<>();
		Map<String, Double> before = new LinkedHashMap<>();
		TOTALS.keySet().forEach(k -> {
			now.put(k, Html.wanValue(total(tables, k)));
			before.put(k, Html.wanValue(total(previous, k)));
		});
		Map<String, Map<String, ? extends Number>> series = new LinkedHashMap<>();
		series.put("上年", before);
		series.put("本年", now);
		return series;
	}

}
