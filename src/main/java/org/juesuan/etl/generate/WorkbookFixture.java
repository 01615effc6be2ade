package org.juesuan.etl.generate;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook under construction, .xlsx (XSSF) or .xls (HSSF). Hands out
 * {@link SheetBuilder}s and writes the workbook with every formula's cached value
 * evaluated and with fixed document properties, so that a reader sees stored values and
 * repeated runs give the same content.
 */
public final class WorkbookFixture implements AutoCloseable {

	private static final Date FIXED_DATE = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z

	private final Workbook workbook;

	private final LayoutOptions.Format format;

	private final Map<String, CellStyle> styles = new HashMap<>();

	private WorkbookFixture(Workbook workbook, LayoutOptions.Format format) {
		this.workbook = workbook;
		this.format = format;
	}

	/** A new, empty workbook of the given format. */
	public static WorkbookFixture create(LayoutOptions.Format format) {
		Workbook workbook = format == LayoutOptions.Format.XLS ? new HSSFWorkbook() : new XSSFWorkbook();
		return new WorkbookFixture(workbook, format);
	}

	public LayoutOptions.Format format() {
		return format;
	}

	/** The underlying POI workbook. */
	public Workbook workbook() {
		return workbook;
	}

	/** Adds a sheet with the given name and returns its builder. */
	public SheetBuilder sheet(String name) {
		return new SheetBuilder(workbook.createSheet(name), this::style);
	}

	/**
	 * Evaluates all formulas and writes the workbook to {@code path}, creating parent
	 * folders.
	 */
	public void write(Path path) {
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		fixProperties();
		try {
			Files.createDirectories(path.toAbsolutePath().getParent());
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			boolean zipped = format == LayoutOptions.Format.XLSX;
			Files.write(path, zipped ? StableZip.withFixedTimes(bytes.toByteArray()) : bytes.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + path, e);
		}
	}

	private void fixProperties() {
		if (workbook instanceof HSSFWorkbook hssf) {
			hssf.createInformationProperties();
			hssf.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF16);
			hssf.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF16);
		}
		if (workbook instanceof XSSFWorkbook xssf) {
			var core = xssf.getProperties().getCoreProperties();
			core.setCreator("juesuan-etl fixture");
			core.getUnderlyingProperties().setCreatedProperty(Optional.of(FIXED_DATE));
			core.getUnderlyingProperties().setModifiedProperty(Optional.of(FIXED_DATE));
		}
	}

	private CellStyle style(String numberFormat) {
		return styles.computeIfAbsent(numberFormat, f -> {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(f));
			return style;
		});
	}

	@Override
	public void close() {
		try {
			workbook.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
