package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;

/** A named amount in 元 of a narrative list (收入 sources, 支出 kinds, 类, 三公 items). */
record Part(String name, BigDecimal yuan) {
}
