package org.juesuan.etl;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JuesuanEtlApplication {
	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(JuesuanEtlApplication.class, args)));
	}
}
