package kr.jiwon.applications;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link ApplicationsProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApplicationsProperties.class)
class ApplicationsConfiguration {
}
