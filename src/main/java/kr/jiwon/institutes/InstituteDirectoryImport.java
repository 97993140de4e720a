package kr.jiwon.institutes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the institute directory on start, in every profile (it is reference data, not demo data): missing
 * institutes are added, and empty profile parts are completed from the seed; nothing an institute edited is
 * overwritten.
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
        for (NewInstitute seed : InstituteDirectory.seed()) {
            if (institutes.find(seed.shortName()).isEmpty()) {
                institutes.register(seed);
                added++;
            } else {
                institutes.completeProfile(seed);
            }
        }
        if (added > 0) {
            log.info("Imported {} research institutes from the directory", added);
        }
    }
}
