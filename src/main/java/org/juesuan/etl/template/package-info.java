/**
 * The table templates: the 13 附表 of a template set as data (titles, labels, header
 * aliases, row models), loaded from {@code config/templates/<set>/} over the copies
 * packaged in the jar, validated at start-up, and the recognition that tells which table
 * a sheet holds from its content.
 */
package org.juesuan.etl.template;
