package kr.jiwon.notices;

import java.time.Instant;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;

/** What an officer writes: category, title, Markdown body, author, 담당부서, source link, 노출, publication time. */
public record NoticeForm(Long version, NoticeCategory category, String title, String body, String author,
        String department, String sourceUrl, boolean visible, Instant publishAt) {

    void validate() {
        Violations v = new Violations();
        v.check(category != null, "category", "field.required");
        v.check(title != null && !title.isBlank(), "title", "field.required");
        v.check(title == null || title.length() <= 300, "title", "field.tooLong", 300);
        v.check(body != null && !body.isBlank(), "body", "field.required");
        v.check(body == null || body.length() <= 50_000, "body", "field.tooLong", 50_000);
        v.check(author != null && !author.isBlank(), "author", "field.required");
        v.check(sourceUrl == null || sourceUrl.isBlank() || sourceUrl.strip().matches("https?://\\S+"), "sourceUrl",
                "notice.sourceUrl");
        if (!v.isEmpty()) {
            throw new InvalidInputException(v.list());
        }
    }
}
