package org.juesuan.etl.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.juesuan.etl.model.LoadedFile;
import org.juesuan.etl.model.PackageRef;

/**
 * SHA-256 of a package's files, as {@code load_file} records them: what tells an
 * unchanged package.
 */
public final class FileHashes {

	private FileHashes() {
	}

	/**
	 * Every file of the package, named relative to the input folder, with its hash and
	 * size.
	 */
	public static List<LoadedFile> of(PackageRef ref) {
		List<LoadedFile> files = new ArrayList<>();
		for (Path path : ref.files()) {
			try {
				files.add(new LoadedFile(ref.relative(path), sha256(path), Files.size(path)));
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot hash " + path, e);
			}
		}
		return files;
	}

	/**
	 * The SHA-256 of bytes already read, as {@link #sha256(Path)} gives it for a file.
	 */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String sha256(Path path) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
