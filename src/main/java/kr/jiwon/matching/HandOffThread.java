package kr.jiwon.matching;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The institute hand-offs run on a thread of their own, one at a time, so that one waiting for a quiet moment
 * ({@link InstituteRequests#on}) holds up no other background work. Not a default candidate: the platform's
 * other asynchronous listeners keep Spring Boot's executor, which a second executor bean would otherwise replace.
 */
@Configuration(proxyBeanMethods = false)
class HandOffThread {

    static final String EXECUTOR = "instituteHandOffs";

    @Bean(name = EXECUTOR, defaultCandidate = false)
    ThreadPoolTaskExecutor instituteHandOffs() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("hand-off-");
        return executor;
    }
}
