package org.juesuan.etl.generate.corpus;

import static org.juesuan.etl.generate.FundSource.BUSINESS;
import static org.juesuan.etl.generate.FundSource.GENERAL;
import static org.juesuan.etl.generate.FundSource.GOVERNMENT_FUND;
import static org.juesuan.etl.generate.FundSource.OPERATING;
import static org.juesuan.etl.generate.FundSource.OTHER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.generate.DepartmentData;
import org.juesuan.etl.generate.DepartmentDataBuilder;
import org.juesuan.etl.generate.SpendingKind;

/**
 * Builds yuan-precise accounts ({@link DepartmentData}) for a {@link Profile}: every
 * table derives from them.
 */
final class AccountsGenerator {

	private final Amounts amounts;

	private final List<String> economic = new ArrayList<>();

	AccountsGenerator(Amounts amounts) {
		this.amounts = amounts;
	}

	DepartmentData build(Profile profile, int year) {
		DepartmentDataBuilder builder = DepartmentData.builder(profile.name(), year);
		boolean firstProject = true;
		for (ItemSpec item : profile.items()) {
			spend(builder, profile, item);
			if (item.role() == Role.PROJECT && firstProject) {
				BigDecimal opening = amounts.yuan(item.scale(), 0.3);
				builder.opening(item.code(), GENERAL, opening.toPlainString())
					.incomeDelta(item.code(), GENERAL,
							opening.negate()
								.divide(new BigDecimal("2"), 2, java.math.RoundingMode.DOWN)
								.toPlainString());
				firstProject = false;
			}
		}
		ThreePublicPlan.apply(builder, profile, amounts);
		return builder.build();
	}

	private void spend(DepartmentDataBuilder builder, Profile profile, ItemSpec item) {
		String code = item.code();
		int scale = item.scale();
		switch (item.role()) {
			case ADMIN -> admin(builder, profile, code, scale);
			case INSTITUTION -> institution(builder, profile, code, scale);
			case PENSION -> builder.basic(code, "30108", amounts.yuan(scale, 1).toPlainString());
			case ANNUITY -> builder.basic(code, "30109", amounts.yuan(scale, 1).toPlainString());
			case MEDICAL ->
				builder.basic(code, code.endsWith("03") ? "30111" : "30110", amounts.yuan(scale, 1).toPlainString());
			case HOUSING -> builder.basic(code, "30113", amounts.yuan(scale, 1).toPlainString());
			case RETIREES -> builder.basic(code, "30302", amounts.yuan(scale, 1).toPlainString());
			case PROJECT -> builder.project(code, pick(scale, "30227", 0.5, 1, "30226", 0.3, 0.6, "31003", 0.2, 0.5));
			case FUND -> fund(builder, code, scale);
		}
	}

	private void admin(DepartmentDataBuilder builder, Profile profile, String code, int scale) {
		builder.basic(code,
				pick(scale, "30101", 0.25, 1, "30102", 0.2, 1, "30103", 0.08, 0.7, "30107", 0.15, 1, "30112", 0.005,
						0.5, "30199", 0.02, 0.5, "30201", 0.02, 1, "30205", 0.003, 0.6, "30206", 0.01, 0.7, "30207",
						0.005, 1, "30211", 0.005, 1, "30213", 0.01, 0.6, "30228", 0.01, 1, "30229", 0.008, 0.5, "30239",
						0.02, 0.6, "30299", 0.01, 1, "31002", 0.01, 0.5));
		if (profile.otherIncome()) {
			BigDecimal other = amounts.yuan(scale, 0.01);
			builder.spend(code, OTHER, SpendingKind.BASIC, "30299", other.toPlainString())
				.incomeDelta(code, OTHER, amounts.yuan(scale, 0.002).toPlainString());
		}
	}

	private void institution(DepartmentDataBuilder builder, Profile profile, String code, int scale) {
		builder.basic(code,
				pick(scale, "30101", 0.3, 1, "30102", 0.15, 1, "30107", 0.2, 1, "30201", 0.02, 1, "30206", 0.03, 1));
		if (profile.businessIncome()) {
			builder.spend(code, BUSINESS, SpendingKind.BASIC, "30107", amounts.yuan(scale, 0.2).toPlainString())
				.incomeDelta(code, BUSINESS, amounts.yuan(scale, 0.01).toPlainString());
		}
		if (profile.operating()) {
			builder.spend(code, OPERATING, SpendingKind.OPERATING, "30201", amounts.yuan(scale, 0.05).toPlainString())
				.incomeDelta(code, OPERATING, amounts.yuan(scale, 0.01).toPlainString());
		}
	}

	private void fund(DepartmentDataBuilder builder, String code, int scale) {
		BigDecimal opening = amounts.yuan(scale, 0.2);
		builder.spend(code, GOVERNMENT_FUND, SpendingKind.PROJECT, "30227", amounts.yuan(scale, 0.8).toPlainString())
			.opening(code, GOVERNMENT_FUND, opening.toPlainString())
			.incomeDelta(code, GOVERNMENT_FUND, amounts.yuan(scale, 0.05).toPlainString());
	}

	/**
	 * Triples of economic code, fraction of the scale and probability; returns
	 * code/amount pairs.
	 */
	private String[] pick(int scale, Object... triples) {
		economic.clear();
		for (int i = 0; i < triples.length; i += 3) {
			if (i == 0 || amounts.chance(((Number) triples[i + 2]).doubleValue())) {
				economic.add((String) triples[i]);
				economic.add(amounts.yuan(scale, ((Number) triples[i + 1]).doubleValue()).toPlainString());
			}
		}
		return economic.toArray(String[]::new);
	}

}
