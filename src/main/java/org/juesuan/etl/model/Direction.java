package org.juesuan.etl.model;

/** The direction of a stated change: 增加/增长/上升, 减少/下降/降低, 持平. */
public enum Direction {

	INCREASE, DECREASE, FLAT

}
