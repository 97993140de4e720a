package kr.jiwon.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The header's language links: this page's address in the other language, keeping its query (a search, a filter,
 * a page number). Computed here because Thymeleaf does not let a link attribute call a bean.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LanguageLinks {

    private final Formats formats;

    LanguageLinks(Formats formats) {
        this.formats = formats;
    }

    @ModelAttribute("inEnglish")
    String inEnglish() {
        return formats.inLanguage("en");
    }

    @ModelAttribute("inKorean")
    String inKorean() {
        return formats.inLanguage("ko");
    }
}
