/**
 * The benchmark the {@code bench} command runs: a generated district imported by the real
 * job in a context of its own per database, timed per step from Spring Batch's step
 * executions, with peak heap and RSS, against the parse floor (the same workbooks read by
 * POI's event APIs in the same process, nothing recognised).
 */
package org.juesuan.etl.bench;
