package org.juesuan.etl.ingest;

import org.juesuan.etl.template.TemplateLoader;
import org.juesuan.etl.template.TemplateProperties;
import org.juesuan.etl.template.TemplateSet;
import org.juesuan.etl.template.TemplateSets;

/** The shipped template sets, loaded once for tests. */
final class Templates {

	static final TemplateSet SICHUAN = TemplateLoader.load("sichuan-2024", "config/templates");

	/**
	 * Every shipped set, each package's set detected from its tables (the default
	 * configuration).
	 */
	static final TemplateSets ALL = TemplateLoader
		.loadAll(new TemplateProperties(TemplateProperties.AUTO, "config/templates"));

	private Templates() {
	}

}
