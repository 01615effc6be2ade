package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.Map;

import org.juesuan.etl.generate.ThreePublic;

/**
 * What a narrative states that the tables do not: 年初预算 of each 项, prior-year figures,
 * counts. Amounts in 元.
 *
 * @param budgets 年初预算 per general-fund and government-fund 项 (may differ from the actual)
 * @param priorGrand 2023 收入支出总计
 * @param priorFiscal 2023 财政拨款收入支出总计
 * @param priorGeneral 2023 一般公共预算财政拨款支出
 * @param priorThree 2023 三公 决算数
 * @param priorOffice 2023 机关运行经费
 * @param counts invented counts and amounts for 十、十一 (delegations, vehicles, projects …)
 */
record Story(Map<String, BigDecimal> budgets, BigDecimal priorGrand, BigDecimal priorFiscal, BigDecimal priorGeneral,
		ThreePublic priorThree, BigDecimal priorOffice, Counts counts) {

	Story {
		budgets = Map.copyOf(budgets);
	}

	/**
	 * Invented counts: 出国团组/人次, 车辆, 接待批次/人次, 绩效项目数, 采购 (元).
	 */
	record Counts(int groups, int travellers, int vehicles, int batches, int guests, int projects,
			BigDecimal procurement, int score) {
	}
}
