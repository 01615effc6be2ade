package org.juesuan.etl.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTests {

	@Test
	void aTextThatASpreadsheetWouldRunAsAFormulaIsKeptAsText() {
		assertThat(CellText.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(CellText.safe("+1")).isEqualTo("'+1");
		assertThat(CellText.safe("-2+3")).isEqualTo("'-2+3");
		assertThat(CellText.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CellText.safe("\t=1")).isEqualTo("'\t=1");
		assertThat(CellText.safe("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void otherTextIsUnchanged() {
		assertThat(CellText.safe("攀枝花市东区教育和体育局")).isEqualTo("攀枝花市东区教育和体育局");
		assertThat(CellText.safe("a=b")).isEqualTo("a=b");
		assertThat(CellText.safe("")).isEmpty();
		assertThat(CellText.safe(null)).isNull();
	}

}
