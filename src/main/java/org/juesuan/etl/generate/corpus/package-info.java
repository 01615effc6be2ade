/**
 * An independent corpus and district generator, written from the official templates by
 * someone who had not read the parser: twelve departments of both template sets
 * (Sichuan's 13 tables, the national 9) with their narratives and planted errors listed
 * in a manifest, and the {@code generate} command's districts of any size shaped like
 * them.
 */
package org.juesuan.etl.generate.corpus;
