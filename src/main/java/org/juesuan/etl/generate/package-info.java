/**
 * The parser's oracle and the sample input: builds realistic 部门决算公开 workbooks (.xlsx and
 * .xls) of the 13 standard appendix tables in many layout variants from yuan-precise
 * department data, and reports, for every amount cell it writes, the
 * {@link org.juesuan.etl.generate.ExpectedFigure} a correct parser must read from it; it
 * also holds three sample departments of 攀枝花市东区 (one rebuilt faithfully from its real
 * 2024 narrative) and the {@link org.juesuan.etl.generate.SampleInputGenerator} that
 * writes the committed {@code input/} folder.
 */
package org.juesuan.etl.generate;
