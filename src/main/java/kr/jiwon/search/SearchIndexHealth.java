package kr.jiwon.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Part of readiness: DOWN until the site search index has been built from the database. */
@Component("searchIndex")
class SearchIndexHealth implements HealthIndicator {

    private final SiteSearch search;

    SearchIndexHealth(SiteSearch search) {
        this.search = search;
    }

    @Override
    public Health health() {
        return search.built()
                ? Health.up().withDetail("documents", search.size()).build()
                : Health.down().withDetail("reason", "building").build();
    }
}
