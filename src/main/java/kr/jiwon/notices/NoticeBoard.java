package kr.jiwon.notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board: public pages of shown, published posts (20 a page, newest first, with category tabs), the post with
 * its neighbours, atomic view counts; and the officer's writing, editing and attaching, all audited.
 */
@Service
@Transactional(readOnly = true)
public class NoticeBoard {

    public static final int PAGE_SIZE = 20;
    static final long MAX_ATTACHMENT = 20L * 1024 * 1024;

    private final Notices notices;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Path files;

    NoticeBoard(Notices notices, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            @Value("${jiwon.data-dir}/notice-files") Path files) {
        this.notices = notices;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.files = files;
    }

    private static final String PUBLIC = " visible = true and publish_at <= ? ";

    /** A page of the public board, in one category or all. */
    public BoardPage page(NoticeCategory category, int page) {
        Instant now = clock.instant();
        String where = " where" + PUBLIC + (category == null ? "" : " and category = ?");
        Object[] args = category == null
                ? new Object[]{Timestamp.from(now)}
                : new Object[]{Timestamp.from(now), category.name()};
        long total = jdbc.sql("select count(*) from notice" + where).params(args).query(Long.class).single();
        int p = Math.max(1, Math.min(page, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE)));
        long first = total - (long) (p - 1) * PAGE_SIZE;
        List<BoardRow> rows = jdbc.sql("select n.id, n.category, n.title, n.author, n.publish_at, n.view_count,"
                + " (select count(*) from notice_attachment a where a.notice_id = n.id) from notice n" + where
                + " order by n.publish_at desc, n.id desc limit " + PAGE_SIZE + " offset "
                + (long) (p - 1) * PAGE_SIZE)
                .params(args)
                .query((rs, i) -> {
                    Instant at = rs.getTimestamp(5).toInstant();
                    return new BoardRow(first - i, rs.getLong(1), NoticeCategory.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), at, rs.getLong(6),
                            at.isAfter(now.minus(Notice.NEW_FOR)), rs.getInt(7));
                })
                .list();
        return new BoardPage(category, rows, total, p, PAGE_SIZE);
    }

    /**
     * Every public post as the board lists it (번호 counted from the oldest, 제목, 분류, 등록일시, 조회수), newest first:
     * the board's open-data list, as 공공데이터포털 publishes boards.
     */
    public List<BoardRow> publicRows() {
        Instant now = clock.instant();
        List<BoardRow> rows = jdbc.sql("select n.id, n.category, n.title, n.author, n.publish_at, n.view_count,"
                + " (select count(*) from notice_attachment a where a.notice_id = n.id) from notice n where" + PUBLIC
                + " order by n.publish_at desc, n.id desc")
                .param(Timestamp.from(now))
                .query((rs, i) -> new BoardRow(0, rs.getLong(1), NoticeCategory.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getLong(6), false,
                        rs.getInt(7)))
                .list();
        int total = rows.size();
        return java.util.stream.IntStream.range(0, total).mapToObj(i -> {
            BoardRow r = rows.get(i);
            return new BoardRow(total - i, r.id(), r.category(), r.title(), r.author(), r.publishAt(), r.viewCount(),
                    false, r.attachments());
        }).toList();
    }

    /** A post as the public sees it; hidden and scheduled posts do not exist for them. */
    public Notice publicPost(long id) {
        return notices.findById(id).filter(n -> n.isPublic(clock.instant()))
                .orElseThrow(() -> new NotFoundException("notice.notFound", id));
    }

    /**
     * The posts written or edited since {@code since} (on any instance of the platform: the search index of each
     * follows them), and those whose scheduled publication time passed since then.
     */
    public List<Long> changedSince(java.time.Instant since) {
        java.sql.Timestamp from = java.sql.Timestamp.from(since);
        return jdbc.sql("select id from notice where updated_at > ? or (publish_at > ? and publish_at <= ?)"
                + " order by id").params(from, from, java.sql.Timestamp.from(clock.instant())).query(Long.class)
                .list();
    }

    /** Any post, if it exists (for the site search, which decides itself what the public sees). */
    public Optional<Notice> find(long id) {
        return notices.findById(id);
    }

    /** Any post, for officers. */
    public Notice post(long id) {
        return notices.findById(id).orElseThrow(() -> new NotFoundException("notice.notFound", id));
    }

    /** The older and the newer public post of the same category. */
    public Optional<BoardRow> neighbour(Notice n, boolean newer) {
        String cmp = newer
                ? "(publish_at > ? or (publish_at = ? and id > ?))"
                : "(publish_at < ? or (publish_at = ? and id < ?))";
        String order = newer ? "publish_at asc, id asc" : "publish_at desc, id desc";
        // the database keeps microseconds: compare with the instant as it was stored, and never with the post itself
        Timestamp at = Timestamp.from(n.publishAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        return jdbc.sql("select id, category, title, author, publish_at, view_count from notice where" + PUBLIC
                + " and category = ? and id <> ? and " + cmp + " order by " + order + " limit 1")
                .params(Timestamp.from(clock.instant()), n.category().name(), n.id(), at, at, n.id())
                .query((rs, i) -> new BoardRow(0, rs.getLong(1), NoticeCategory.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getLong(6), false, 0))
                .optional();
    }

    /** Counts one view, atomically (concurrent views are all counted). */
    @Transactional
    public void countView(long id) {
        jdbc.sql("update notice set view_count = view_count + 1 where id = ?").param(id).update();
    }

    /** Every post, newest first, for officers (shown, hidden and scheduled). */
    public List<Notice> all() {
        return notices.findAll().stream()
                .sorted(java.util.Comparator.comparing(Notice::publishAt).reversed()).toList();
    }

    /** The latest public posts (feeds), newest first; at most {@code limit}. */
    public List<Notice> latest(NoticeCategory category, int limit) {
        List<Object> args = new java.util.ArrayList<>(List.of(Timestamp.from(clock.instant())));
        String where = " where" + PUBLIC;
        if (category != null) {
            where += " and category = ?";
            args.add(category.name());
        }
        List<Long> ids = jdbc.sql("select id from notice" + where + " order by publish_at desc, id desc limit "
                + Math.max(0, limit)).params(args).query(Long.class).list();
        java.util.Map<Long, Notice> byId = new java.util.HashMap<>();
        notices.findAllById(ids).forEach(n -> byId.put(n.id(), n));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional
    public Notice create(NoticeForm form, Actor actor) {
        Notice saved = notices.save(Notice.create(form, actor.username(), clock.instant()));
        audit.recordChange(actor, "NOTICE_CREATE", "NOTICE", saved.id(), saved.title());
        events.publishEvent(new NoticeChanged(saved.id()));
        return saved;
    }

    @Transactional
    public Notice edit(long id, NoticeForm form, Actor actor) {
        Notice n = post(id);
        if (form.version() == null || !form.version().equals(n.version())) {
            throw InvalidInputException.of("version", "notice.changedMeanwhile");
        }
        n.edit(form, actor.username(), clock.instant());
        Notice saved = notices.save(n);
        audit.recordChange(actor, "NOTICE_EDIT", "NOTICE", id, saved.title());
        events.publishEvent(new NoticeChanged(id));
        return saved;
    }

    /** Attaches a document or picture (at most 20 MB); its type is recognised from its content. */
    @Transactional
    public Notice attach(long id, String filename, InputStream content, Actor actor) {
        Notice n = post(id);
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(files);
            Path target = files.resolve(key);
            long size = Files.copy(content, target);
            if (size > MAX_ATTACHMENT || size == 0) {
                Files.deleteIfExists(target);
                throw InvalidInputException.of("file", size == 0 ? "notice.emptyFile" : "notice.fileTooLarge");
            }
            String type = kr.jiwon.shared.FileKinds.detect(target);
            var kind = kr.jiwon.shared.FileKinds.among(kr.jiwon.shared.FileKinds.DOCUMENTS, type);
            if (kind.isEmpty()) {
                // a page, a script or an image that runs code (HTML, SVG, JS) is never served from the site
                Files.deleteIfExists(target);
                throw InvalidInputException.of("file", "notice.typeNotAllowed",
                        kr.jiwon.shared.FileKinds.labels(kr.jiwon.shared.FileKinds.DOCUMENTS));
            }
            n.attach(new Notice.Attachment(kr.jiwon.shared.FileKinds.safeName(filename, kind.get(), "file"), type,
                    size, key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Notice saved = notices.save(n);
        audit.recordChange(actor, "NOTICE_ATTACH", "NOTICE", id, filename);
        return saved;
    }

    /** An attachment's file of a public post. */
    public Path attachmentFile(Notice.Attachment a) {
        return files.resolve(a.storageKey());
    }
}
