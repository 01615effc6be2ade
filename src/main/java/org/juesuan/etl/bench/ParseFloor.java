package org.juesuan.etl.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The parse floor: every workbook under a folder read by POI's cheapest APIs (SAX over
 * {@code XSSFReader} for .xlsx, {@code HSSFEventFactory} for .xls), cell values only, on
 * {@code threads} threads. No recognition, nothing stored.
 */
public final class ParseFloor {

	/** How {@code bench --floor} begins the line of its reading. */
	private static final String LINE = "parse-floor ";

	private ParseFloor() {
	}

	/**
	 * How long reading took (wall and process CPU seconds) and how many cells were seen.
	 */
	public record Reading(double seconds, double cpu, long files, long cells) {
	}

	/** CPU seconds this process has used so far (all threads). */
	static double cpuSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
	}

	/**
	 * The floor as {@link Bench} measures it: in a JVM of its own with the JVM's default
	 * compiler options (the imports run with the launcher's), read once to load and
	 * compile POI's classes, then read again and timed.
	 */
	static Reading readInOwnJvm(Path root, int threads) throws Exception {
		List<String> command = ChildJvm.command(List.of(ChildJvm.UNTUNED),
				List.of("bench", "--floor", root.toString(), "--threads", Integer.toString(threads)));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		if (p.waitFor() != 0) {
			throw new IllegalStateException("parse floor failed: " + output);
		}
		return output.lines()
			.filter(l -> l.startsWith(LINE))
			.map(ParseFloor::parse)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("parse floor printed no reading: " + output));
	}

	/** What {@code bench --floor} prints: its reading on a line of its own. */
	public static String line(Reading r) {
		return LINE + r.seconds() + " " + r.cpu() + " " + r.files() + " " + r.cells();
	}

	private static Reading parse(String line) {
		String[] f = line.substring(LINE.length()).trim().split(" ");
		return new Reading(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Long.parseLong(f[2]),
				Long.parseLong(f[3]));
	}

	public static Reading read(Path root, int threads) throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(root)) {
			files = walk.filter(ParseFloor::isWorkbook).sorted().toList();
		}
		LongAdder cells = new LongAdder();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		double cpu = cpuSeconds();
		try {
			List<Future<Object>> reads = files.stream().map(f -> pool.submit(() -> {
				cells.add(f.toString().endsWith(".xls") ? xls(f) : xlsx(f));
				return null;
			})).toList();
			for (Future<Object> read : reads) {
				read.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new Reading((System.nanoTime() - start) / 1e9, cpuSeconds() - cpu, files.size(), cells.sum());
	}

	private static boolean isWorkbook(Path p) {
		String name = p.getFileName().toString();
		return Files.isRegularFile(p) && (name.endsWith(".xlsx") || name.endsWith(".xls"));
	}

	static long xlsx(Path file) throws Exception {
		long[] cells = { 0 };
		SheetContentsHandler counter = new SheetContentsHandler() {
			@Override
			public void startRow(int rowNum) {
			}

			@Override
			public void endRow(int rowNum) {
			}

			@Override
			public void cell(String ref, String value, XSSFComment comment) {
				cells[0]++;
			}
		};
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					XMLReader xml = XMLHelper.newXMLReader();
					xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, counter, false));
					xml.parse(new InputSource(sheet));
				}
			}
		}
		return cells[0];
	}

	static long xls(Path file) throws IOException {
		long[] cells = { 0 };
		HSSFRequest request = new HSSFRequest();
		request.addListenerForAllRecords(record -> {
			if (record instanceof CellValueRecordInterface) {
				cells[0]++;
			}
		});
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			new HSSFEventFactory().processWorkbookEvents(request, fs);
		}
		return cells[0];
	}

}
