package org.juesuan.etl.model;

/**
 * Where a claim's unit came from: written after the figure, assumed from the figures
 * around it, or none.
 */
public enum UnitSource {

	STATED, INFERRED, NONE

}
