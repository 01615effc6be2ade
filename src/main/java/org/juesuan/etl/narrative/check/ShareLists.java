package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimType;

/**
 * Share lists whose stated shares total exactly 100% ("基本支出 占 60.01%；项目支出 占 39.99%"):
 * departments close such a list by moving one share a last-digit unit, so each of its
 * shares is allowed one unit more.
 */
final class ShareLists {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ShareLists() {
	}

	static Set<Claim> adjusted(List<Claim> claims) {
		Map<String, List<Claim>> lists = claims.stream()
			.filter(c -> c.claimType() == ClaimType.SHARE)
			.collect(Collectors.groupingBy(c -> c.section() + "|" + c.paragraph() + "|" + whole(c)));
		Set<Claim> result = new HashSet<>();
		lists.values()
			.stream()
			.filter(l -> l.size() > 1)
			.filter(l -> l.stream().map(Claim::value).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(HUNDRED) == 0)
			.forEach(result::addAll);
		return result;
	}

	private static String whole(Claim c) {
		return c.denominator() != null ? c.denominator() : String.valueOf(c.parent());
	}

}
