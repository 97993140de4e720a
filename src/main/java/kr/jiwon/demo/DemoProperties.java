package kr.jiwon.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code jiwon.demo.enabled}: seed demo programs, calls, companies and users on first start. */
@ConfigurationProperties("jiwon.demo")
record DemoProperties(boolean enabled) {
}
