package org.juesuan.etl.generate.corpus;

import java.util.List;

/**
 * The shape of a generated department: name, template set, its 项 and which income sources
 * and features it has.
 *
 * @param name department name as published
 * @param set national or Sichuan
 * @param items the functional 项 it spends on
 * @param businessIncome whether it has 事业收入 (spent on its INSTITUTION 项)
 * @param operating whether it has 经营收入 and 经营支出
 * @param otherIncome whether it has 其他收入
 * @param threePublic whether it has any 三公 budget at all
 * @param abroad whether it sends delegations abroad
 */
record Profile(String name, CorpusSet set, List<ItemSpec> items, boolean businessIncome, boolean operating,
		boolean otherIncome, boolean threePublic, boolean abroad) {

	Profile {
		items = List.copyOf(items);
	}
}
