package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimType;

/**
 * Share lists whose stated shares total exactly 100% ("基本支出 占 60.01%；项目支出 占 39.99%"):
 * departments close such a list by moving one share a last-digit unit, so each of its
 * shares is allowed one unit more. A list is the shares of one whole in consecutive
 * paragraphs of a section (a list wrapped over lines ending in ； is one list).
 */
final class ShareLists {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ShareLists() {
	}

	static Set<Claim> adjusted(List<Claim> claims) {
		Map<String, List<Claim>> lists = new LinkedHashMap<>();
		Map<String, Integer> lastParagraph = new HashMap<>();
		Map<String, Integer> firstParagraph = new HashMap<>();
		for (Claim c : claims) {
			if (c.claimType() != ClaimType.SHARE) {
				continue;
			}
			String whole = c.section() + "|" + whole(c);
			Integer last = lastParagraph.put(whole, c.paragraph());
			if (last == null || c.paragraph() > last + 1 || whole(c) == null) {
				firstParagraph.put(whole, c.paragraph());
			}
			lists.computeIfAbsent(whole + "|" + firstParagraph.get(whole), k -> new ArrayList<>()).add(c);
		}
		Set<Claim> result = new HashSet<>();
		lists.values()
			.stream()
			.filter(l -> l.size() > 1)
			.filter(l -> l.stream().map(Claim::value).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(HUNDRED) == 0)
			.forEach(result::addAll);
		return result;
	}

	/** What the share is of: its denominator, else its list's total, else null. */
	private static String whole(Claim c) {
		return c.denominator() != null ? c.denominator() : c.parent();
	}

}
