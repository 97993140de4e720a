package kr.jiwon.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The address of a static file with its content hash ({@code /css/jiwon-<hash>.css}), for pages written without a
 * template (the start-up and outage pages); templates get it from {@code @{...}}. Browsers keep static files for a
 * year (application.properties), so a page must never name one by its bare path, which would stay cached unchanged
 * after an upgrade.
 */
@Component
class StaticFiles {

    private final ObjectProvider<ResourceUrlProvider> urls;

    StaticFiles(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls; // looked up when first needed: filters are made before Spring MVC
    }

    String url(String path) {
        ResourceUrlProvider provider = urls.getIfAvailable();
        String versioned = provider == null ? null : provider.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }
}
