package kr.jiwon.institutes;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import kr.jiwon.shared.TextList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Seeds the institute directory from {@code reference/research-institutes.csv} on first start, in every profile:
 * the directory is reference data, not demo data. Institutes already present are left as they are.
 */
@Component
@Order(10)
class InstituteDirectoryImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InstituteDirectoryImport.class);

    private final InstituteManagement institutes;

    InstituteDirectoryImport(InstituteManagement institutes) {
        this.institutes = institutes;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        try (Reader in = new InputStreamReader(
                new ClassPathResource("reference/research-institutes.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (institutes.find(r.get("short_name")).isEmpty()) {
                    institutes.register(toInstitute(r));
                    added++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (added > 0) {
            log.info("Imported {} research institutes from the directory", added);
        }
    }

    private static NewInstitute toInstitute(CSVRecord r) {
        String division = r.get("yunghyeok_division");
        return new NewInstitute(r.get("short_name"), r.get("korean_name"), r.get("english_name"),
                blankToNull(r.get("city")), blankToNull(division), "yes".equals(r.get("yunghyeok_member_confirmed")),
                TextList.parse(r.get("specialty_ko")), TextList.parse(r.get("specialty_en")), null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
