package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;

import org.juesuan.etl.generate.DepartmentDataBuilder;
import org.juesuan.etl.generate.ThreePublic;

/**
 * Adds the 三公 spending of a department: reception (30217), car running (30231) and, for
 * some, trips abroad (30212) as basic spending of its first ADMIN 项; the T7/T13 决算数
 * equals that spending. The budget is set later in the {@link Story}; here the table's
 * 预算数 is derived from the same random stream.
 */
final class ThreePublicPlan {

	private ThreePublicPlan() {
	}

	static void apply(DepartmentDataBuilder builder, Profile profile, Amounts amounts) {
		ItemSpec admin = profile.items().stream().filter(i -> i.role() == Role.ADMIN).findFirst().orElse(null);
		if (!profile.threePublic() || admin == null) {
			builder.threePublic(ThreePublic.ZERO, ThreePublic.ZERO);
			return;
		}
		BigDecimal abroad = profile.abroad() ? amounts.yuan(admin.scale(), 0.004) : BigDecimal.ZERO;
		BigDecimal running = amounts.yuan(admin.scale(), 0.006);
		BigDecimal reception = amounts.yuan(admin.scale(), 0.002);
		builder.basic(admin.code(), "30231", running.toPlainString(), "30217", reception.toPlainString());
		if (abroad.signum() > 0) {
			builder.basic(admin.code(), "30212", abroad.toPlainString());
		}
		ThreePublic actual = new ThreePublic(abroad, BigDecimal.ZERO, running, reception);
		ThreePublic budget = new ThreePublic(profile.abroad() ? amounts.budget(abroad, 0.9, 1.3) : BigDecimal.ZERO,
				BigDecimal.ZERO, amounts.budget(running, 1.0, 1.25), amounts.budget(reception, 0.8, 1.2));
		builder.threePublic(budget, actual);
	}

}
