package org.juesuan.etl.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.FormulaError;

/**
 * What a stored cell value becomes as a {@link GridCell}: numbers as their stored value
 * with the decimals their number format displays, text as written, errors flagged. Both
 * readers (POI's usermodel and the streaming .xlsx reader) build their cells here, so
 * they cannot drift apart.
 */
final class CellValues {

	private static final Pattern DECIMALS = Pattern.compile("\\.(0+)");

	private static final BigDecimal NOISE = new BigDecimal("0.000001");

	private CellValues() {
	}

	static GridCell text(String text) {
		return new GridCell(text, null, -1, false, false);
	}

	static GridCell bool(boolean value) {
		return text(String.valueOf(value));
	}

	static GridCell error(byte code) {
		return new GridCell(errorText(code), null, -1, true, false);
	}

	/** A value POI could not give, with its reason. */
	static GridCell unreadable(String why) {
		return new GridCell("无法读取的值（" + why + "）", null, -1, true, false);
	}

	/** A stored number shown in {@code format} (null when the cell has none). */
	static GridCell number(double stored, String format) {
		if (!Double.isFinite(stored)) {
			return new GridCell("非有限数值 " + stored, null, -1, true, false);
		}
		int scale = displayedScale(format);
		BigDecimal value = withoutFloatNoise(BigDecimal.valueOf(stored), scale).stripTrailingZeros();
		if (value.scale() < 0) {
			value = value.setScale(0);
		}
		return new GridCell(value.toPlainString(), value, scale, false, false);
	}

	/**
	 * A formula's cached double carries binary noise (411.91999999999996 for 411.92);
	 * within a millionth of the displayed precision, the displayed value is what was
	 * meant. A typed value with more decimals is kept.
	 */
	private static BigDecimal withoutFloatNoise(BigDecimal value, int displayedScale) {
		int scale = Math.max(displayedScale, 2);
		BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
		return rounded.subtract(value).abs().compareTo(NOISE) < 0 ? rounded : value;
	}

	static int displayedScale(String format) {
		if (format == null || format.equalsIgnoreCase("General")) {
			return -1;
		}
		Matcher m = DECIMALS.matcher(format);
		return m.find() ? m.group(1).length() : (format.contains("0") ? 0 : -1);
	}

	static String errorText(byte code) {
		try {
			return FormulaError.forInt(code).getString();
		}
		catch (RuntimeException e) {
			return "#ERROR";
		}
	}

}
