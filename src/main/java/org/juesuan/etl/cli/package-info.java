/**
 * The command line: {@code import} and {@code check} run their jobs (one at a time per store), {@code schedule}
 * imports at cron times, {@code query} runs one SQL statement as the read-only analysts' account and prints a table
 * or CSV ({@code grant-reader} creates that account on MySQL/MariaDB), {@code explain} annotates a finding. Picocli
 * parses; Spring provides the beans; the exit code is the command's.
 */
package org.juesuan.etl.cli;
