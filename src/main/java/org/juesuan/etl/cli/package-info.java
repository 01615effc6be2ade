/**
 * The command line: {@code import} and {@code check} run their jobs (one at a time per
 * store), {@code schedule} imports at cron times, {@code export} writes the district
 * outputs, {@code explain} annotates a finding; {@code query} and {@code console} run SQL
 * as the read-only analysts' account without starting Spring ({@code grant-reader}
 * creates that account on MySQL/MariaDB), {@code generate} and {@code bench} neither.
 * Picocli parses; the exit code is the command's.
 */
package org.juesuan.etl.cli;
