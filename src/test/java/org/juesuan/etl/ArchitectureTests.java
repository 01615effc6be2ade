package org.juesuan.etl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;

/**
 * The house: {@code cli → pipeline → {ingest, narrative, reconcile, aggregate} → store →
 * model}, with {@code template} (the tables' definition) and {@code model} usable from
 * everywhere; {@code generate} and {@code bench} are tools beside it. Each package may
 * use only what this table allows it of the project's other packages.
 */
class ArchitectureTests {

	private static final String ROOT = "org.juesuan.etl";

	/** Each top-level package and the project packages it may use besides itself. */
	private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(Map.entry("template", Set.of()),
			Map.entry("model", Set.of("template")), Map.entry("store", Set.of("model", "template")),
			Map.entry("ingest", Set.of("store", "model", "template")),
			Map.entry("narrative", Set.of("store", "model", "template")),
			Map.entry("reconcile", Set.of("store", "model", "template")),
			Map.entry("aggregate", Set.of("store", "model", "template")),
			Map.entry("generate", Set.of("model", "template")),
			Map.entry("pipeline",
					Set.of("ingest", "narrative", "reconcile", "aggregate", "store", "model", "template")),
			Map.entry("bench", Set.of("pipeline", "generate", "store", "model", "template")),
			Map.entry("cli", Set.of("pipeline", "bench", "generate", "ingest", "narrative", "reconcile", "aggregate",
					"store", "model", "template")));

	private static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
	}

	static Stream<String> packages() {
		return ALLOWED.keySet().stream().sorted();
	}

	@ParameterizedTest
	@MethodSource("packages")
	void aPackageUsesOnlyWhatItsLayerAllows(String pkg) {
		String[] forbidden = ALLOWED.keySet()
			.stream()
			.filter(p -> !p.equals(pkg) && !ALLOWED.get(pkg).contains(p))
			.map(p -> ROOT + "." + p + "..")
			.toArray(String[]::new);
		noClasses().that()
			.resideInAPackage(ROOT + "." + pkg + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(forbidden)
			.because(pkg + " may use only " + ALLOWED.get(pkg))
			.check(classes);
	}

	@Test
	void everyPackageIsInTheTable() {
		Set<String> found = classes.stream()
			.map(c -> c.getPackageName())
			.filter(p -> p.startsWith(ROOT + "."))
			.map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
			.collect(java.util.stream.Collectors.toSet());
		assertThat(ALLOWED.keySet()).containsAll(found);
	}

	@Test
	void onlyTheApplicationClassLivesInTheRootPackage() {
		assertThat(classes.stream()
			.filter(c -> c.getPackageName().equals(ROOT))
			.map(c -> c.getSimpleName())
			.filter(n -> !n.isEmpty() && !n.startsWith("JuesuanEtlApplication"))).isEmpty();
	}

	/**
	 * The launcher's JVM runs the main class and hands most commands to a second JVM:
	 * code of the main class that names a Spring type makes the first JVM load Spring's
	 * classes from the nested jars before it can (cli/ContextRun starts the context).
	 */
	@Test
	void theMainClassCallsNoSpringCode() {
		noClasses().that()
			.haveFullyQualifiedName(JuesuanEtlApplication.class.getName())
			.should()
			.accessClassesThat()
			.resideInAPackage("org.springframework..")
			.check(classes);
	}

	@Test
	void componentsAreDeclaredOnlyInTheScannedPackages() {
		String[] scanned = Stream
			.of(JuesuanEtlApplication.class.getAnnotation(SpringBootApplication.class).scanBasePackages())
			.map(p -> p + "..")
			.toArray(String[]::new);
		classes().that()
			.areMetaAnnotatedWith(Component.class)
			.and()
			.resideOutsideOfPackage(ROOT)
			.should()
			.resideInAnyPackage(scanned)
			.because("JuesuanEtlApplication scans only " + String.join(", ", scanned))
			.check(classes);
	}

	@Test
	void everyPackageSaysWhatItOwns() throws IOException {
		Path main = Path.of("src/main/java", ROOT.split("\\."));
		try (Stream<Path> dirs = Files.walk(main)) {
			List<Path> withoutInfo = dirs.filter(Files::isDirectory)
				.filter(d -> !d.equals(main))
				.filter(ArchitectureTests::holdsJava)
				.filter(d -> !Files.exists(d.resolve("package-info.java")))
				.toList();
			assertThat(withoutInfo).as("packages without a package-info.java").isEmpty();
		}
	}

	private static boolean holdsJava(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.anyMatch(f -> f.toString().endsWith(".java"));
		}
		catch (IOException e) {
			throw new IllegalStateException(dir.toString(), e);
		}
	}

}
