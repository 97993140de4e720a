package kr.jiwon.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.jiwon.korean.KoreanAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index behind the site search, in memory (rebuilt from the database at every start): title and text
 * analysed with Nori (user dictionary, search synonyms), filters as keyword fields, dates as points and doc values.
 */
final class SearchIndex implements AutoCloseable {

    private static final Map<String, Float> BOOSTS = Map.of("title", 3f, "body", 1f);

    /**
     * Analysed, stored text whose postings keep each word's character offsets, so the highlighter reads them instead
     * of analysing every hit's text again.
     */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private final KoreanAnalysis korean = KoreanAnalysis.of(KoreanAnalysis.USER_DICTIONARY, "search/synonyms.txt");
    private final Directory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    SearchIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(korean.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Analyzer analyzer() {
        return korean.analyzer();
    }

    synchronized void replaceAll(Collection<SearchDocument> docs) {
        try {
            writer.deleteAll();
            for (SearchDocument d : docs) {
                writer.addDocument(toLucene(d));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void upsertAll(Collection<SearchDocument> docs) {
        try {
            for (SearchDocument d : docs) {
                writer.updateDocument(new Term("key", d.key()), toLucene(d));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void upsert(SearchDocument d) {
        try {
            writer.updateDocument(new Term("key", d.key()), toLucene(d));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void delete(SearchKind kind, String id) {
        try {
            writer.deleteDocuments(new Term("key", kind.name() + ":" + id));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reader of what is indexed now (for checks of how fields are indexed). */
    org.apache.lucene.index.DirectoryReader openReader() throws IOException {
        return org.apache.lucene.index.DirectoryReader.open(writer);
    }

    int size() {
        return writer.getDocStats().numDocs;
    }

    private static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField("key", d.key(), Field.Store.YES));
        doc.add(new StringField("kind", d.kind().name(), Field.Store.YES));
        doc.add(new StoredField("id", d.id()));
        doc.add(new Field("title", d.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field("body", d.body() == null ? "" : d.body(), TEXT_WITH_OFFSETS));
        doc.add(new StoredField("url", d.url()));
        if (d.category() != null) {
            doc.add(new StringField("category", d.category(), Field.Store.YES));
        }
        d.fields().forEach(f -> doc.add(new StringField("field", f.toLowerCase(Locale.ROOT), Field.Store.NO)));
        d.regions().forEach(r -> doc.add(new StringField("region", r, Field.Store.NO)));
        long date = d.date() == null ? 0 : d.date().toEpochMilli();
        doc.add(new NumericDocValuesField("date", date));
        doc.add(new StoredField("date", date));
        long from = d.kind() == SearchKind.NOTICE && d.date() != null ? d.date().toEpochMilli() : 0;
        doc.add(new LongPoint("from", from));
        if (d.opensAt() != null && d.closesAt() != null) {
            doc.add(new LongPoint("opens", d.opensAt().toEpochMilli()));
            doc.add(new LongPoint("closes", d.closesAt().toEpochMilli()));
        }
        return doc;
    }

    /**
     * The user's words analysed as text (no query syntax, so nothing typed can break the search): any word in the
     * title (boosted) or the text; null if analysis leaves nothing searchable.
     */
    Query words(String q) {
        String text = q.length() > SearchQuery.MAX_LENGTH ? q.substring(0, SearchQuery.MAX_LENGTH) : q;
        org.apache.lucene.util.QueryBuilder builder = new org.apache.lucene.util.QueryBuilder(korean.analyzer());
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean found = false;
        for (var e : BOOSTS.entrySet()) {
            Query fieldQuery = builder.createBooleanQuery(e.getKey(), text, BooleanClause.Occur.SHOULD);
            if (fieldQuery != null) {
                any.add(new org.apache.lucene.search.BoostQuery(fieldQuery, e.getValue()), BooleanClause.Occur.SHOULD);
                found = true;
            }
        }
        return found ? any.build() : null;
    }

    /**
     * The words, or being open to a place the words name: a call or an institute for one of {@code sidoCodes} or
     * for the whole country matches even when its text does not mention the place (its text matches still rank
     * first).
     */
    Query wordsOrPlace(Query words, java.util.Set<String> sidoCodes) {
        BooleanQuery.Builder place = new BooleanQuery.Builder();
        sidoCodes.forEach(c -> place.add(new TermQuery(new Term("region", c)), BooleanClause.Occur.SHOULD));
        place.add(new TermQuery(new Term("region", SearchDocument.ALL_REGIONS)), BooleanClause.Occur.SHOULD);
        return new BooleanQuery.Builder().add(words, BooleanClause.Occur.SHOULD)
                .add(new org.apache.lucene.search.BoostQuery(
                        new org.apache.lucene.search.ConstantScoreQuery(place.build()), 0.1f),
                        BooleanClause.Occur.SHOULD)
                .build();
    }

    /** Runs a query with the filters; returns the hits of the page and the total. */
    SearchResult search(SearchQuery sq, Query words, Instant now) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(words == null ? new MatchAllDocsQuery() : words, BooleanClause.Occur.MUST);
        if (sq.kind() != null) {
            b.add(new TermQuery(new Term("kind", sq.kind().name())), BooleanClause.Occur.FILTER);
        }
        if (sq.category() != null) {
            b.add(new TermQuery(new Term("category", sq.category())), BooleanClause.Occur.FILTER);
        }
        if (sq.field() != null) {
            b.add(new TermQuery(new Term("field", sq.field().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (sq.region() != null) {
            b.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("region", sq.region())), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term("region", SearchDocument.ALL_REGIONS)), BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.FILTER);
        }
        if (sq.openOnly()) {
            long t = now.toEpochMilli();
            b.add(new TermQuery(new Term("kind", SearchKind.CALL.name())), BooleanClause.Occur.FILTER);
            b.add(LongPoint.newRangeQuery("opens", Long.MIN_VALUE, t), BooleanClause.Occur.FILTER);
            b.add(LongPoint.newRangeQuery("closes", t, Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        // scheduled posts are in the index but appear only from their publication time: the few still to come are
        // left out (a narrow range), rather than every other document matched against a range of all the past
        b.add(LongPoint.newRangeQuery("from", now.toEpochMilli() + 1, Long.MAX_VALUE), BooleanClause.Occur.MUST_NOT);
        Query query = b.build();
        IndexSearcher searcher = searchers.acquire();
        try {
            int want = sq.page() * sq.size();
            TopDocs top = sq.byDate() || words == null
                    ? searcher.search(query, want, new Sort(new SortField("date", SortField.Type.LONG, true)), true)
                    : searcher.search(query, want);
            int from = Math.min((sq.page() - 1) * sq.size(), top.scoreDocs.length);
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            String[] snippets = new String[page.length];
            String[] titles = new String[page.length];
            if (words != null && page.length > 0) {
                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, korean.analyzer())
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                        .withMaxLength(20_000).build();
                int[] ids = java.util.Arrays.stream(page).mapToInt(d -> d.doc).toArray();
                Map<String, String[]> hl = highlighter.highlightFields(new String[]{"body", "title"}, words, ids,
                        new int[]{2, 1});
                snippets = hl.get("body");
                titles = hl.get("title");
            }
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                Document d = searcher.storedFields().document(page[i].doc);
                String body = d.get("body");
                String snippet = snippets[i] != null
                        ? snippets[i]
                        : escape(body.length() > 160 ? body.substring(0, 160) + " …" : body);
                hits.add(new SearchHit(SearchKind.valueOf(d.get("kind")), d.get("id"),
                        titles[i] != null ? titles[i] : escape(d.get("title")), d.get("url"), snippet,
                        Float.isNaN(page[i].score) ? 0 : page[i].score,
                        Instant.ofEpochMilli(d.getField("date").numericValue().longValue()), d.get("category")));
            }
            // the top hits are collected without scoring every match (the count is then a lower bound): the exact
            // total, for the count shown and the pages, is counted apart, which needs no scores
            long total = top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO
                    ? top.totalHits.value
                    : searcher.count(query);
            return new SearchResult(sq, hits, total, null);
        } finally {
            searchers.release(searcher);
        }
    }

    static String escape(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\"", "&quot;").replace("'", "&#39;");
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
