package org.juesuan.etl.model;

/** A file of a package as loaded: its name relative to the input folder, SHA-256 and size. */
public record LoadedFile(String name, String sha256, long size) {
}
