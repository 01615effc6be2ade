/**
 * The command line: {@code import} runs {@code importJob}, {@code query} runs a read-only SQL statement and
 * prints a table or CSV. Picocli parses; Spring provides the beans; the exit code is the command's.
 */
package org.juesuan.etl.cli;
