package org.juesuan.etl.model;

/**
 * One department's disclosure of one year, as the store knows it: its row id, its name
 * and the fiscal year.
 */
public record DepartmentYear(long departmentId, String department, int year) {
}
