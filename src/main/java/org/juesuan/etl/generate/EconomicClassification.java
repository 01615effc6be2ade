package org.juesuan.etl.generate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of the 部门预算支出经济分类 codes (tables.md §E) and the T5/T7/T9 economic-class columns.
 */
public final class EconomicClassification {

	/**
	 * Economic 类 as T5/T7/T9 shape-A columns, in order; the column name is the class
	 * name.
	 */
	static final List<String> CLASS_COLUMNS = List.of("301", "302", "303", "307", "309", "310", "311", "312", "313",
			"399");

	private static final Map<String, String> NAMES = new LinkedHashMap<>();

	private static final Map<String, List<String>> TEMPLATE = new LinkedHashMap<>();

	static {
		put("301 工资福利支出", "30101 基本工资", "30102 津贴补贴", "30103 奖金", "30106 伙食补助费", "30107 绩效工资", "30108 机关事业单位基本养老保险缴费",
				"30109 职业年金缴费", "30110 职工基本医疗保险缴费", "30111 公务员医疗补助缴费", "30112 其他社会保障缴费", "30113 住房公积金", "30114 医疗费",
				"30199 其他工资福利支出");
		put("302 商品和服务支出", "30201 办公费", "30202 印刷费", "30203 咨询费", "30204 手续费", "30205 水费", "30206 电费", "30207 邮电费",
				"30208 取暖费", "30209 物业管理费", "30211 差旅费", "30212 因公出国（境）费用", "30213 维修（护）费", "30214 租赁费", "30215 会议费",
				"30216 培训费", "30217 公务接待费", "30218 专用材料费", "30224 被装购置费", "30225 专用燃料费", "30226 劳务费", "30227 委托业务费",
				"30228 工会经费", "30229 福利费", "30231 公务用车运行维护费", "30239 其他交通费用", "30240 税金及附加费用", "30299 其他商品和服务支出");
		put("303 对个人和家庭的补助", "30301 离休费", "30302 退休费", "30303 退职（役）费", "30304 抚恤金", "30305 生活补助", "30306 救济费",
				"30307 医疗费补助", "30308 助学金", "30309 奖励金", "30310 个人农业生产补贴", "30311 代缴社会保险费", "30399 其他对个人和家庭的补助");
		put("310 资本性支出", "31001 房屋建筑物购建", "31002 办公设备购置", "31003 专用设备购置", "31007 信息网络及软件购置更新", "31013 公务用车购置",
				"31019 其他交通工具购置", "31021 文物和陈列品购置", "31022 无形资产购置", "31099 其他资本性支出");
		NAMES.putAll(Map.of("31009", "土地补偿", "31012", "拆迁补偿", "307", "债务利息及费用支出", "309", "资本性支出（基本建设）", "30905",
				"基础设施建设", "311", "对企业补助（基本建设）", "312", "对企业补助", "313", "对社会保障基金补助", "399", "其他支出"));
	}

	private EconomicClassification() {
	}

	private static void put(String classEntry, String... items) {
		String code = classEntry.substring(0, 3);
		NAMES.put(code, classEntry.substring(4));
		TEMPLATE.put(code, Arrays.stream(items).map(i -> i.substring(0, 5)).toList());
		for (String item : items) {
			NAMES.put(item.substring(0, 5), item.substring(6));
		}
	}

	/** The name of an economic 类 or 款 code; fails for an unknown code. */
	public static String name(String code) {
		String name = NAMES.get(code);
		if (name == null) {
			throw new IllegalArgumentException("no name for economic code " + code);
		}
		return name;
	}

	/**
	 * The 款 the 2024 basic-expenditure template prints under a 类 (empty for classes it
	 * does not print).
	 */
	public static List<String> templateItems(String classCode) {
		return TEMPLATE.getOrDefault(classCode, List.of());
	}

}
