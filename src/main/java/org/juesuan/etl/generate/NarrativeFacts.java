package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a generated 编制说明 states beyond the tables: organisation, prior-year totals for
 * comparisons, procurement and assets. Amounts in 元.
 *
 * @param duties 部门职责 lines
 * @param units units included in the accounts (first = the department itself)
 * @param adminUnits number of 行政单位
 * @param civilServiceLikeUnits number of 参照公务员法管理的事业单位
 * @param otherUnits number of 其他事业单位
 * @param prior prior-year figures
 * @param officeRunningFunctions 项 codes of the 行政 part whose basic 302/310 spending is
 * 机关运行经费
 * @param procurement government procurement
 * @param vehicles 公务用车 held at year end
 * @param receptionBatches domestic reception batches
 * @param receptionPersons domestic reception persons
 */
public record NarrativeFacts(List<String> duties, List<String> units, int adminUnits, int civilServiceLikeUnits,
		int otherUnits, PriorYear prior, Set<String> officeRunningFunctions, Procurement procurement, int vehicles,
		int receptionBatches, int receptionPersons) {

	/**
	 * Prior-year figures (元) for the "与 2023 年度相比" sentences.
	 *
	 * @param grandTotal 收入支出总计
	 * @param fiscalTotal 财政拨款收入支出总计
	 * @param generalSpending 一般公共预算财政拨款支出
	 * @param threePublic 三公 决算数
	 * @param fundSpending 政府性基金预算财政拨款支出
	 * @param officeRunning 机关运行经费
	 */
	public record PriorYear(BigDecimal grandTotal, BigDecimal fiscalTotal, BigDecimal generalSpending,
			ThreePublic threePublic, BigDecimal fundSpending, BigDecimal officeRunning) {
	}

	/**
	 * Government procurement (元): goods + works + services = total; contracts awarded to
	 * SMEs and to small and micro enterprises.
	 */
	public record Procurement(BigDecimal goods, BigDecimal works, BigDecimal services, BigDecimal sme,
			BigDecimal small) {

		public BigDecimal total() {
			return goods.add(works).add(services);
		}
	}
}
