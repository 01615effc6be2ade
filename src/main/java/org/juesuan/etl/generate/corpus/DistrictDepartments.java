package org.juesuan.etl.generate.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The departments of a generated district: department {@code i} takes the shape, layout
 * and narrative style of one of the corpus's twelve departments (in turn, so every layout
 * variant and both formats occur), a name of its own (a district and the unit's name) and
 * amounts from its own seed. An 教育局 also gets more schools' 项 the larger it is drawn, so
 * packages range from a 街道's few dozen rows to an 教育局's hundreds.
 */
final class DistrictDepartments {

	private static final List<String> SICHUAN_DISTRICTS = List.of("攀枝花市东区", "攀枝花市西区", "攀枝花市仁和区", "成都市锦江区", "成都市青羊区",
			"成都市金牛区", "成都市武侯区", "成都市成华区", "绵阳市涪城区", "自贡市自流井区", "泸州市江阳区", "德阳市旌阳区", "乐山市市中区", "南充市顺庆区", "宜宾市翠屏区",
			"达州市通川区");

	private static final List<String> NATIONAL_DISTRICTS = List.of("上海市黄浦区", "上海市静安区", "上海市徐汇区", "上海市长宁区", "上海市普陀区",
			"上海市虹口区", "上海市杨浦区", "上海市闵行区", "上海市宝山区", "上海市嘉定区", "上海市浦东新区", "上海市金山区", "上海市松江区", "上海市青浦区", "上海市奉贤区",
			"上海市崇明区");

	/** Schools' 项 an 教育局 may add, each with a rough size in 万元. */
	private static final List<ItemSpec> SCHOOLS = List.of(ItemSpec.of("2050205", Role.INSTITUTION, 2200),
			ItemSpec.of("2050299", Role.INSTITUTION, 600), ItemSpec.of("2050302", Role.INSTITUTION, 1400),
			ItemSpec.of("2050701", Role.INSTITUTION, 500), ItemSpec.of("2059999", Role.PROJECT, 300));

	private DistrictDepartments() {
	}

	/** The shapes department {@code i} can take, national ones first. */
	static List<Shape> shapes(CorpusSet set) {
		List<Shape> shapes = new ArrayList<>();
		if (set != CorpusSet.SICHUAN) {
			NationalProfiles.all().forEach(s -> shapes.add(new Shape(s.profile(), s.style(), s.layout(), null)));
		}
		if (set != CorpusSet.NATIONAL) {
			SichuanProfiles.all().forEach(s -> shapes.add(new Shape(s.profile(), s.style(), null, s.layout())));
		}
		return shapes;
	}

	/** Department {@code index} of the district. */
	static CorpusDepartment department(List<Shape> shapes, long seed, int index) {
		Shape shape = shapes.get(index % shapes.size());
		Random random = new Random(seed * 7_919L + index * 104_729L);
		Profile base = shape.profile();
		List<String> districts = base.set() == CorpusSet.NATIONAL ? NATIONAL_DISTRICTS : SICHUAN_DISTRICTS;
		int round = index / shapes.size();
		String district = districts.get(round % districts.size());
		String unit = base.name().substring(base.name().indexOf('区') + 1);
		String name = district + (round < districts.size() ? "" : "第" + (round / districts.size() + 1) + "片") + unit;
		double factor = 0.5 + 1.5 * random.nextDouble();
		List<ItemSpec> items = new ArrayList<>();
		base.items().forEach(i -> items.add(ItemSpec.of(i.code(), i.role(), (int) Math.max(10, i.scale() * factor))));
		if (unit.endsWith("教育局")) {
			int at = lastEducationItem(items) + 1;
			for (ItemSpec school : SCHOOLS.subList(0, random.nextInt(SCHOOLS.size() + 1))) {
				items.add(at++, ItemSpec.of(school.code(), school.role(), (int) (school.scale() * factor)));
			}
		}
		Profile profile = new Profile(name, base.set(), items, base.businessIncome(), base.operating(),
				base.otherIncome(), base.threePublic(), base.abroad());
		return Departments.build(seed, index, profile, shape.style(), shape.national(), shape.sichuan());
	}

	private static int lastEducationItem(List<ItemSpec> items) {
		int last = 0;
		for (int i = 0; i < items.size(); i++) {
			last = items.get(i).code().startsWith("205") ? i : last;
		}
		return last;
	}

	/**
	 * A corpus department's profile, narrative style and layout (one of the two, by its
	 * set).
	 */
	record Shape(Profile profile, NarrativeStyle style, NationalLayout national,
			org.juesuan.etl.generate.PackageLayout sichuan) {
	}

}
