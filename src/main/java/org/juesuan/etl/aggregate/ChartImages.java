package org.juesuan.etl.aggregate;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws the report's charts with JFreeChart as PNG data URIs, Chinese labels in WenQuanYi
 * Zen Hei ({@code fonts-wqy-zenhei}) when installed, else in the JVM's logical sans-serif
 * font (which may show boxes).
 */
final class ChartImages {

	static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

	private static final Logger log = LoggerFactory.getLogger(ChartImages.class);

	private static final Font BASE = cjkFont();

	private ChartImages() {
	}

	/** A pie of named amounts (zero slices left out). */
	static String pie(String title, Map<String, ? extends Number> slices) {
		DefaultPieDataset<String> data = new DefaultPieDataset<>();
		slices.forEach((k, v) -> {
			if (v.doubleValue() > 0) {
				data.setValue(k, v);
			}
		});
		return png(ChartFactory.createPieChart(title, data, true, false, false), 640, 400);
	}

	/** Bars by category, one series per key of {@code series}. */
	static String bars(String title, String axis, Map<String, Map<String, ? extends Number>> series, boolean stacked,
			boolean horizontal) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		series.forEach((name, values) -> values.forEach((category, v) -> data.addValue(v, name, category)));
		PlotOrientation orientation = horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
		JFreeChart chart = stacked
				? ChartFactory.createStackedBarChart(title, null, axis, data, orientation, true, false, false)
				: ChartFactory.createBarChart(title, null, axis, data, orientation, true, false, false);
		int height = horizontal ? Math.max(320, 60 + 28 * data.getColumnCount()) : 400;
		return png(chart, 900, height);
	}

	private static String png(JFreeChart chart, int width, int height) {
		theme().apply(chart);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ChartUtils.writeChartAsPNG(out, chart, width, height);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("cjk");
		theme.setExtraLargeFont(BASE.deriveFont(Font.BOLD, 18f));
		theme.setLargeFont(BASE.deriveFont(Font.BOLD, 14f));
		theme.setRegularFont(BASE.deriveFont(Font.PLAIN, 12f));
		theme.setSmallFont(BASE.deriveFont(Font.PLAIN, 10f));
		return theme;
	}

	private static Font cjkFont() {
		if (Files.isReadable(CJK_FONT)) {
			try {
				return Font.createFonts(CJK_FONT.toFile())[0];
			}
			catch (IOException | FontFormatException e) {
				log.warn("无法读取中文字体 {}: {}", CJK_FONT, e.getMessage(), e);
			}
		}
		else {
			log.warn("未找到中文字体 {}（apt-get install fonts-wqy-zenhei）；图表改用系统默认字体，中文可能显示为方框", CJK_FONT);
		}
		return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
	}

}
