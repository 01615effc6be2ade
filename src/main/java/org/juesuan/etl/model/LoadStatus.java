package org.juesuan.etl.model;

/**
 * How a package's load ended: its figures are stored (LOADED), or it was refused as a
 * whole with a reason (REJECTED).
 */
public enum LoadStatus {

	LOADED, REJECTED

}
