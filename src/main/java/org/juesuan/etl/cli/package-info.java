/**
 * The command line: {@code import} runs {@code importJob}, {@code query} runs one SQL statement as the read-only
 * analysts' account ({@code grant-reader} creates it on MySQL/MariaDB) and
 * prints a table or CSV. Picocli parses; Spring provides the beans; the exit code is the command's.
 */
package org.juesuan.etl.cli;
