package org.juesuan.etl.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The project's copy of the seed narrative (used by the tests and the sample input) is
 * the shared seed, byte for byte.
 */
class SeedCopyTests {

	@Test
	void theCopiesAreTheSharedSeed() throws Exception {
		Path shared = Path.of("../shared/seed").resolve(Seed.file().getFileName());
		assumeTrue(Files.exists(shared), "../shared/seed is not beside this checkout");
		assertThat(Files.readAllBytes(Seed.file())).isEqualTo(Files.readAllBytes(shared));
		assertThat(Files.readAllBytes(Path.of("input/2024/攀枝花市东区电子政务建设服务中心").resolve(Seed.file().getFileName())))
			.isEqualTo(Files.readAllBytes(shared));
	}

}
