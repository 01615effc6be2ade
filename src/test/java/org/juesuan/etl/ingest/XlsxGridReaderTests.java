package org.juesuan.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.etl.generate.corpus.DistrictGenerator;
import org.juesuan.etl.generate.corpus.DistrictOptions;
import org.juesuan.etl.ingest.WorkbookReader.LoadedSheet;
import org.juesuan.etl.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming .xlsx reader gives, cell by cell, the grids POI's usermodel gives
 * ({@link WorkbookReader#usermodel}): for the project's input, a generated district, and
 * workbooks with the features that could tell them apart; and what it does not reproduce
 * it leaves to the usermodel.
 */
class XlsxGridReaderTests {

	private static final WorkbookGuard GUARD = new WorkbookGuard(IngestProperties.DEFAULT);

	@TempDir
	Path dir;

	@Test
	void theProjectsInputAndAGeneratedDistrictReadTheSame() throws Exception {
		DistrictGenerator.generate(dir.resolve("district"), DistrictOptions.of(8, 2024).withPlantedErrors(true));
		List<Path> books = new ArrayList<>(xlsx(Path.of("input")));
		books.addAll(xlsx(dir.resolve("district")));

		assertThat(books).hasSizeGreaterThan(10);
		for (Path book : books) {
			assertSameAsUsermodel(book);
		}
	}

	@Test
	void numbersFormatsTextErrorsFormulasAndMergesReadTheSame() throws Exception {
		Path book = tricky(dir.resolve("tricky.xlsx"));

		List<LoadedSheet> sheets = assertSameAsUsermodel(book);

		assertThat(sheets).extracting(s -> s.grid().name()).containsExactly("丙", "数值", "空");
		SheetGrid numbers = sheets.get(1).grid();
		assertThat(numbers.cell(0, 0).scale()).isEqualTo(2);
		assertThat(numbers.cell(0, 1).scale()).isEqualTo(4);
		assertThat(numbers.cell(0, 4).text()).isEqualTo("411.92");
		assertThat(numbers.cell(1, 1).text()).isEqualTo("甲乙");
		assertThat(numbers.cell(2, 4).error()).isTrue();
		assertThat(numbers.cell(2, 2).mergedCopy()).isTrue();
		assertThat(numbers.cell(3, 0).text()).isEqualTo("富文本");
		assertThat(numbers.cell(1, 0).mergedCopy()).isTrue();
		assertThat(numbers.truncated()).isTrue();
	}

	@Test
	void rowsAndCellsWithoutReferencesInlineTextAndColumnStylesReadTheSame() throws Exception {
		String rows = """
				<row><c t="inlineStr"><is><t>标题</t></is></c><c><v>2</v></c><c><v>3.14159</v></c></row>\
				<row r="3"><c r="B3" t="inlineStr"><is><r><rPr><b/></rPr><t>粗</t></r><r><t xml:space="preserve"> 体</t></r>\
				<rPh sb="0" eb="1"><t>ふり</t></rPh></is></c><c t="str"><v>文本_x000D_值</v></c><c t="b"/>\
				<c t="b"><v>1</v></c><c t="n"><v></v></c><c s="1"><v>12.5</v></c><c s="99"><v>7</v></c>\
				<c t="inlineStr"><v>没有is</v></c><c t="inlineStr"/></row>\
				<row><c r="A4" t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>999</v></c>\
				<c t="s"/><c t="e"><v>#DIV/0!</v></c><c s="3"><f>1+1</f><v>2</v></c><c t="str"><f>"x"&amp;"y"</f><v>xy</v></c>\
				<c t="e"><f>1/0</f><v>#DIV/0!</v></c><c t="b"><f>TRUE()</f><v>1</v></c><c r="M4"><v>-0.30000000000000004</v></c></row>\
				<row r="6"/>\
				<row><c r="E7" s="2"/><c r="IW7"><v>1</v></c></row>\
				<row><c r="IV8"><v>5</v></c></row>""";
		String strings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + RawXlsx.MAIN + "\">"
				+ "<si><t>共享</t></si><si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r><rPh sb=\"0\" eb=\"1\"><t>フ</t></rPh></si>"
				+ "<si><t>换_x000A_行</t></si></sst>";
		Path book = raw("raw.xlsx", RawXlsx.worksheet(
				"<col min=\"3\" max=\"3\" width=\"9\" style=\"2\" customWidth=\"1\"/><col min=\"5\" max=\"6\" style=\"1\"/>",
				rows, "<mergeCell ref=\"A1:B2\"/><mergeCell ref=\"B3:C3\"/><mergeCell ref=\"E10:F12\"/>"), strings);

		SheetGrid grid = assertSameAsUsermodel(book).get(0).grid();

		assertThat(grid.cell(0, 2).scale()).as("C1 takes its column's style").isEqualTo(4);
		assertThat(grid.cell(2, 1).text()).isEqualTo("粗 体");
		assertThat(grid.cell(3, 1).text()).isEqualTo("富文本");
		assertThat(grid.cell(3, 0).text()).isEqualTo("共享");
		assertThat(grid.truncated()).isTrue();
	}

	@Test
	void aSheetLongerThanTheRowsReadIsTruncatedTheSame() throws Exception {
		Path book = raw("long.xlsx",
				RawXlsx.worksheet("",
						"<row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row r=\"100002\"><c><v>2</v></c></row>", ""),
				null);

		SheetGrid grid = assertSameAsUsermodel(book).get(0).grid();

		assertThat(grid.height()).isEqualTo(GridLoader.MAX_ROWS);
		assertThat(grid.truncated()).isTrue();
	}

	@Test
	void aFormulaWithoutItsCachedValueIsLeftToTheUsermodelWhichEvaluatesIt() throws Exception {
		Path book = dir.resolve("uncalculated.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
			Row row = wb.createSheet("S").createRow(0);
			row.createCell(0).setCellValue(2);
			row.createCell(1).setCellFormula("A1*21");
			wb.write(out);
		}

		assertThatThrownBy(() -> streamed(book)).isInstanceOf(XlsxUnsupported.class);
		List<LoadedSheet> read = new WorkbookReader(GUARD).read(book, "f", new ArrayList<>());
		assertThat(GridDifferences.between(usermodel(book), read)).isEmpty();
		assertThat(read.get(0).grid().cell(0, 1).number()).isEqualByComparingTo("42");
	}

	@Test
	void whatTheStreamDoesNotReproduceIsReadByTheUsermodel() throws Exception {
		List<String> oddities = List.of("<row r=\"3\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row>",
				"<row><c r=\"C1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>",
				"<row><c t=\"d\"><v>2024-01-01</v></c></row>", "<row><c t=\"e\"><v>#WHAT</v></c></row>",
				"<row><c><v>abc</v></c></row>", "<row><c s=\"1\"><f t=\"array\" ref=\"A1:A2\">1</f><v>1</v></c></row>");
		for (int i = 0; i < oddities.size(); i++) {
			Path book = raw("odd" + i + ".xlsx", RawXlsx.worksheet("", oddities.get(i), ""), null);

			assertThatThrownBy(() -> streamed(book)).as(oddities.get(i)).isInstanceOf(XlsxUnsupported.class);
			List<LoadedSheet> read = new WorkbookReader(GUARD).read(book, "f", new ArrayList<>());
			assertThat(GridDifferences.between(usermodel(book), read)).as(oddities.get(i)).isEmpty();
		}
	}

	private List<LoadedSheet> assertSameAsUsermodel(Path book) throws Exception {
		List<Finding> expectedFindings = new ArrayList<>();
		List<LoadedSheet> expected = WorkbookReader.usermodel(book, book.getFileName().toString(), expectedFindings);
		List<Finding> findings = new ArrayList<>();
		List<LoadedSheet> actual = XlsxGridReader.read(book, book.getFileName().toString(), findings, GUARD,
				new HashSet<>());
		assertThat(GridDifferences.between(expected, actual)).as(book.toString()).isEmpty();
		assertThat(findings).as(book.toString()).isEqualTo(expectedFindings);
		return actual;
	}

	private static List<LoadedSheet> streamed(Path book) throws Exception {
		return XlsxGridReader.read(book, "f", new ArrayList<>(), GUARD, new HashSet<>());
	}

	private static List<LoadedSheet> usermodel(Path book) throws IOException {
		return WorkbookReader.usermodel(book, "f", new ArrayList<>());
	}

	/**
	 * A POI workbook whose one sheet (and, unless null, shared strings) is replaced by
	 * raw XML; its cell styles: 1 "#,##0.00", 2 "0.0000", 3 built-in 4.
	 */
	private Path raw(String name, String sheet, String sharedStrings) throws IOException {
		Path template = dir.resolve("template-" + name);
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(template)) {
			style(wb, "#,##0.00");
			style(wb, "0.0000");
			wb.createCellStyle().setDataFormat((short) 4);
			wb.createSheet("原始").createRow(0).createCell(0).setCellValue("共享");
			wb.write(out);
		}
		Map<String, String> parts = sharedStrings == null ? Map.of("xl/worksheets/sheet1.xml", sheet)
				: Map.of("xl/worksheets/sheet1.xml", sheet, "xl/sharedStrings.xml", sharedStrings);
		return RawXlsx.replace(template, dir.resolve(name), parts);
	}

	/**
	 * Sheets 甲 (hidden), 数值, 乙 (very hidden), 空, 丙, with 丙 moved first: the workbook's
	 * order is not its parts' order.
	 */
	private static Path tricky(Path file) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			wb.createSheet("甲").createRow(0).createCell(0).setCellValue("隐藏");
			numbers(wb, wb.createSheet("数值"));
			wb.createSheet("乙").createRow(3).createCell(2).setCellValue(3);
			wb.createSheet("空");
			wb.createSheet("丙").createRow(1).createCell(1).setCellValue("最后写入的表");
			wb.setSheetVisibility(0, SheetVisibility.HIDDEN);
			wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
			wb.setSheetOrder("丙", 0);
			wb.setActiveSheet(1);
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			wb.write(out);
		}
		return file;
	}

	private static void numbers(XSSFWorkbook wb, XSSFSheet sheet) {
		Row values = sheet.createRow(0);
		Object[][] numbers = { { 1234.5, "#,##0.00" }, { 1.23456789, "0.0000" }, { 1234.0, "#,##0" }, { 3.14159, 2 },
				{ 411.91999999999996, "#,##0.00" }, { 0.1 + 0.2, 0 }, { 0.125, 10 }, { 45000.0, 14 }, { 7.0, "@" },
				{ 1e-7, "0.0000" }, { -2.5, "#,###" }, { 12.345, "[Red]0.0;[Blue]-0.0" } };
		for (int c = 0; c < numbers.length; c++) {
			var cell = values.createCell(c);
			cell.setCellValue((Double) numbers[c][0]);
			cell.setCellStyle(numbers[c][1] instanceof String f ? style(wb, f) : builtin(wb, (Integer) numbers[c][1]));
		}
		Row formulas = sheet.createRow(1);
		String[] texts = { "A1*2", "\"甲\"&\"乙\"", "1/0", "TRUE()", "A1>0", "ROUND(E1*3,2)" };
		for (int c = 0; c < texts.length; c++) {
			formulas.createCell(c).setCellFormula(texts[c]);
			formulas.getCell(c).setCellStyle(style(wb, "#,##0.00"));
		}
		Row flags = sheet.createRow(2);
		flags.createCell(0).setCellValue(true);
		flags.createCell(1).setCellValue(false);
		String[] errors = { "#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!" };
		for (int c = 0; c < errors.length; c++) {
			flags.createCell(2 + c).setCellErrorValue(FormulaError.forString(errors[c]).getCode());
		}
		Row texts2 = sheet.createRow(3);
		XSSFRichTextString rich = new XSSFRichTextString("富文本");
		XSSFFont bold = wb.createFont();
		bold.setBold(true);
		rich.applyFont(1, 3, bold);
		texts2.createCell(0).setCellValue(rich);
		texts2.createCell(1).setCellValue("两行\r\n文本");
		texts2.createCell(2).setCellValue("  空格  ");
		texts2.createCell(3).setCellValue("");
		texts2.createCell(4).setCellValue("_x0041_");
		sheet.createRow(4).createCell(5).setCellStyle(style(wb, "0.00"));
		Row wide = sheet.createRow(6);
		wide.createCell(255).setCellValue(255);
		wide.createCell(300).setCellValue(300);
		sheet.addMergedRegion(CellRangeAddress.valueOf("A1:A2"));
		sheet.addMergedRegion(CellRangeAddress.valueOf("B3:D3"));
		sheet.addMergedRegion(CellRangeAddress.valueOf("F5:H5"));
		sheet.addMergedRegion(CellRangeAddress.valueOf("J1:K30"));
		sheet.addMergedRegion(CellRangeAddress.valueOf("A10:C11"));
		sheet.addMergedRegion(CellRangeAddress.valueOf("IU7:IZ8"));
	}

	private static CellStyle style(XSSFWorkbook wb, String format) {
		CellStyle style = wb.createCellStyle();
		style.setDataFormat(wb.createDataFormat().getFormat(format));
		return style;
	}

	private static CellStyle builtin(XSSFWorkbook wb, int format) {
		CellStyle style = wb.createCellStyle();
		style.setDataFormat((short) format);
		return style;
	}

	private static List<Path> xlsx(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
		}
	}

}
