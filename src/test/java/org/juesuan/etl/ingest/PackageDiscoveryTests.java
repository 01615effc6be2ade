package org.juesuan.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.juesuan.etl.model.PackageRef;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery reads only what lies in the input folder, by its names as on disk, and says
 * what it refused.
 */
class PackageDiscoveryTests {

	@TempDir
	Path input;

	@TempDir
	Path outside;

	@Test
	void aLinkedDepartmentFolderIsRefusedNotFollowed() throws Exception {
		Path elsewhere = Files.createDirectories(outside.resolve("secret"));
		Files.writeString(elsewhere.resolve("a.xlsx"), "x");
		Files.createDirectories(input.resolve("2024"));
		Files.createSymbolicLink(input.resolve("2024/攀枝花市东区链接局"), elsewhere);

		PackageRef ref = PackageDiscovery.discover(input, null, null).get(0);

		assertThat(ref.files()).isEmpty();
		assertThat(ref.refusal()).contains("符号链接");
		ParsedPackage pkg = new PackageReader(Templates.ALL).read(ref);
		assertThat(pkg.rejected()).isTrue();
		assertThat(pkg.rejection()).contains("2024/攀枝花市东区链接局").contains("符号链接");
	}

	@Test
	void linksInsideAPackageAreReportedAndNotRead() throws Exception {
		Path dept = Files.createDirectories(input.resolve("2024/攀枝花市东区测试局"));
		Files.writeString(dept.resolve("编制说明.txt"), "说明");
		Path passwd = Files.writeString(outside.resolve("passwd.txt"), "root:x:0:0");
		Files.createSymbolicLink(dept.resolve("附件说明.txt"), passwd);
		Files.createSymbolicLink(dept.resolve("子目录"), outside);

		PackageRef ref = PackageDiscovery.discover(input, null, null).get(0);

		assertThat(ref.files()).containsExactly(dept.resolve("编制说明.txt"));
		assertThat(ref.refused()).containsExactly("2024/攀枝花市东区测试局/子目录 是符号链接，未跟随", "2024/攀枝花市东区测试局/附件说明.txt 是符号链接，未跟随");
		assertThat(new PackageReader(Templates.ALL).read(ref).findings())
			.filteredOn(f -> f.ruleId().equals("ingest.file-refused"))
			.hasSize(2);
	}

	@Test
	void aLinkedYearFolderIsSkipped() throws Exception {
		Files.createDirectories(outside.resolve("攀枝花市东区测试局"));
		Files.createSymbolicLink(input.resolve("2024"), outside);

		assertThat(PackageDiscovery.discover(input, null, null)).isEmpty();
	}

	@Test
	void namesAreUsedExactlyAsOnDisk() throws Exception {
		Files.createDirectories(input.resolve("2024/攀枝花市东区测试局 "));
		Files.createDirectories(input.resolve("2024/攀枝花市东区测试局"));

		List<PackageRef> refs = PackageDiscovery.discover(input, null, null);

		assertThat(refs).extracting(PackageRef::department).containsExactly("攀枝花市东区测试局", "攀枝花市东区测试局 ");
		assertThat(refs.get(1).folder()).isEqualTo(input.resolve("2024/攀枝花市东区测试局 "));
		assertThat(PackageDiscovery.discover(input, 2024, "攀枝花市东区测试局 ")).hasSize(1);
	}

}
