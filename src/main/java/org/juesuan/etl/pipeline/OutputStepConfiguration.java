package org.juesuan.etl.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.juesuan.etl.aggregate.AggregateProperties;
import org.juesuan.etl.aggregate.DistrictOutputs;
import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.store.FigureReader;
import org.juesuan.etl.store.RunReport;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The output step of both jobs: for every year the run touched (import: the years it
 * loaded; check: its year, or every stored year), the district outputs of the whole
 * district and of each group, into {@code output/<run>/} and as the year's current
 * picture into {@code output/<year>/}.
 */
@Configuration(proxyBeanMethods = false)
class OutputStepConfiguration {

	@Bean
	Step outputStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet outputTasklet) {
		return new StepBuilder("outputStep", jobRepository).tasklet(outputTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	Tasklet outputTasklet(DistrictOutputs outputs, AggregateProperties properties, RunReport runs, FigureReader stored,
			FolderProperties folders, @Value("#{jobParameters['runId']}") String runId,
			@Value("#{jobParameters['scope']}") String scope, @Value("#{jobParameters['year']}") Long year) {
		return (contribution, context) -> {
			List<DepartmentYear> touched = "stored".equals(scope)
					? stored.loaded(year == null ? null : year.intValue(), null) : runs.loaded(runId);
			List<String> groups = new ArrayList<>(List.of(AggregateProperties.WHOLE_DISTRICT));
			groups.addAll(properties.groups().keySet());
			for (int y : new TreeSet<>(touched.stream().map(DepartmentYear::year).toList())) {
				for (String group : groups) {
					copy(outputs.write(folders.outputFolder().resolve(runId), outputs.scope(y, group)),
							folders.outputFolder().resolve(String.valueOf(y)));
				}
			}
			return RepeatStatus.FINISHED;
		};
	}

	/** The year's current picture: the run's files, replacing the previous run's. */
	private static void copy(List<Path> files, Path folder) throws IOException {
		Files.createDirectories(folder);
		for (Path file : files) {
			Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
