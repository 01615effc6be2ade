package org.juesuan.etl.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;

class AggregatePropertiesTests {

	@Test
	void groupsWithChineseNamesBindInBrackets() throws Exception {
		AggregateProperties properties = bind("""
				juesuan:
				  district: 攀枝花市东区
				  groups:
				    "[街道]": [炳草岗街道办事处, 大渡口街道办事处]
				    "[教育系统]": [攀枝花市东区教育和体育局]
				""");

		assertThat(properties.district()).isEqualTo("攀枝花市东区");
		assertThat(properties.groups()).containsOnlyKeys("街道", "教育系统");
		assertThat(properties.members("街道")).containsExactly("炳草岗街道办事处", "大渡口街道办事处");
		assertThat(properties.members(AggregateProperties.WHOLE_DISTRICT)).isEmpty();
	}

	@Test
	void aChineseNameWithoutBracketsIsRefusedWithTheFix() {
		assertThatThrownBy(() -> bind("""
				juesuan:
				  groups:
				    街道: [炳草岗街道办事处, 大渡口街道办事处]
				""")).hasRootCauseMessage("juesuan.groups: 中文组名须写在方括号和引号中，如 \"[街道]\": [部门名, …]");
	}

	@Test
	void theWholeDistrictsNameIsReservedAndAnUnknownGroupIsNamed() {
		assertThatThrownBy(() -> new AggregateProperties(null, Map.of("全区", List.of("x")))).hasMessageContaining("全区");
		assertThatThrownBy(() -> new AggregateProperties(null, Map.of()).members("街道")).hasMessageContaining("街道");
	}

	private static AggregateProperties bind(String yaml) throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("test", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)))
			.forEach(environment.getPropertySources()::addFirst);
		return new Binder(ConfigurationPropertySources.get(environment)).bind("juesuan", AggregateProperties.class)
			.orElseThrow(IllegalStateException::new);
	}

}
