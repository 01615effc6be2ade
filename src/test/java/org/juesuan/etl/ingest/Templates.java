package org.juesuan.etl.ingest;

import org.juesuan.etl.template.TemplateLoader;
import org.juesuan.etl.template.TemplateProperties;
import org.juesuan.etl.template.TemplateSet;

/** The shipped template set, loaded once for tests. */
final class Templates {

	static final TemplateSet SICHUAN = TemplateLoader.load(new TemplateProperties("sichuan-2024", "config/templates"));

	private Templates() {
	}
}
