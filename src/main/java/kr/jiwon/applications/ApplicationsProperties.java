package kr.jiwon.applications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code jiwon.applications.*}: limits for attached documents (size of one, size of all, how many) and where they are
 * stored (outside the web root): {@code document-store} is {@code folder} (under {@code document-dir}) or
 * {@code database}.
 */
@ConfigurationProperties("jiwon.applications")
public record ApplicationsProperties(@DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("100MB") DataSize maxTotalSize,
        @DefaultValue("30") int maxFiles,
        @DefaultValue("./data/documents") String documentDir,
        @DefaultValue("folder") String documentStore) {
}
