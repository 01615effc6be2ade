package org.juesuan.etl.template;

/** The shipped template sets, loaded once for tests. */
public final class Templates {

	public static final TemplateSet SICHUAN = TemplateLoader.load("sichuan-2024", "config/templates");

	/**
	 * Every shipped set, each package's set detected from its tables (the default
	 * configuration).
	 */
	public static final TemplateSets ALL = TemplateLoader
		.loadAll(new TemplateProperties(TemplateProperties.AUTO, "config/templates"));

	private Templates() {
	}

}
