package kr.jiwon.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.jiwon.korean.KoreanAnalysis;
import kr.jiwon.shared.Regions;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Ranks institutes for a bottleneck. BM25 over the profile fields (specialties and fields weigh most, then
 * technologies and equipment, then researchers' expertise), each query term scored by its best field; then the
 * taxonomy (the request's 소부장 fields and 뿌리기술 named by the institute) and the region (an institute in the
 * 시도 the company names, most of all a regional support institute there) add to the score. Every recommendation
 * says why. Immutable and thread-safe once built.
 */
public final class Recommender {

    private static final Map<String, Float> FIELD_BOOSTS = Map.of(
            "specialties", 3.0f, "fields", 2.0f, "technologies", 2.0f, "equipment", 1.5f, "expertise", 1.0f,
            "name", 1.0f);
    private static final double TAXONOMY_WEIGHT = 0.12;
    private static final double REGION_WEIGHT = 0.08;
    private static final double REGIONAL_SUPPORT_WEIGHT = 0.30;
    private static final int MAX_QUERY_TERMS = 120;
    private static final double LEARNED_WEIGHT = 0.35;

    private final List<InstituteProfile> profiles;
    private final KoreanAnalysis analysis = KoreanAnalysis.get();
    private final RegionGazetteer gazetteer;
    private final IndexSearcher searcher;
    private final List<Set<String>> termsOf = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final List<Map<String, List<String>>> equipmentOf = new ArrayList<>();

    private final Decisions decisions;

    public Recommender(List<InstituteProfile> profiles, Regions regions) {
        this(profiles, regions, Decisions.NONE);
    }

    /** A recommender that also learns from earlier accept, decline and reassignment decisions. */
    public Recommender(List<InstituteProfile> profiles, Regions regions, Decisions decisions) {
        this.decisions = decisions;
        this.profiles = List.copyOf(profiles);
        this.gazetteer = new RegionGazetteer(regions);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer()).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (InstituteProfile p : this.profiles) {
                Document d = new Document();
                d.add(new StringField("id", p.shortName(), Field.Store.YES));
                d.add(new TextField("name", p.koreanName(), Field.Store.NO));
                d.add(new TextField("specialties", String.join(", ", p.specialties()), Field.Store.NO));
                d.add(new TextField("fields", String.join(", ", p.fields()), Field.Store.NO));
                d.add(new TextField("technologies", nz(p.technologies()), Field.Store.NO));
                d.add(new TextField("equipment", nz(p.equipment()), Field.Store.NO));
                d.add(new TextField("expertise", nz(p.expertise()), Field.Store.NO));
                writer.addDocument(d);
                Set<String> terms = new LinkedHashSet<>(analysis.terms(String.join(" ", p.koreanName(),
                        String.join(" ", p.specialties()), String.join(" ", p.fields()), nz(p.technologies()),
                        nz(p.equipment()), nz(p.expertise()))));
                termsOf.add(terms);
                Map<String, List<String>> equipment = new java.util.LinkedHashMap<>();
                for (String item : nz(p.equipment()).split(",\\s*")) {
                    if (!item.isBlank()) {
                        equipment.put(item.strip(), analysis.terms(item));
                    }
                }
                equipmentOf.add(equipment);
                terms.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public int size() {
        return profiles.size();
    }

    /** The k best institutes for the request, best first. */
    public List<Recommendation> recommend(MatchRequest request, int k) {
        List<String> terms = analysis.terms(String.join(" ", nz(request.text()), String.join(" ", request.fields()),
                String.join(" ", request.rootTechnologies())));
        if (terms.size() > MAX_QUERY_TERMS) {
            terms = terms.subList(0, MAX_QUERY_TERMS);
        }
        double[] scores = new double[profiles.size()];
        try {
            if (!terms.isEmpty()) {
                ScoreDoc[] hits = searcher.search(query(terms), profiles.size()).scoreDocs;
                for (ScoreDoc hit : hits) {
                    scores[hit.doc] = hit.score;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double top = 0;
        for (double s : scores) {
            top = Math.max(top, s);
        }
        double scale = top > 0 ? top : 1.0;
        Optional<String> named = gazetteer.sidoIn(request.text());
        Optional<String> sido = named.isPresent()
                ? named
                : request.region() != null && request.region().length() >= 2
                        ? Optional.of(request.region().substring(0, 2))
                        : Optional.empty();
        double regionFactor = named.isPresent() ? 1.0 : 0.5;
        List<String> wanted = new ArrayList<>(request.fields());
        wanted.addAll(request.rootTechnologies());
        record Scored(int doc, double score, List<String> fieldHits, boolean sameRegion, boolean regionalSupport,
                double learned) {
        }
        Set<String> termSet = new java.util.HashSet<>(terms);
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            InstituteProfile p = profiles.get(i);
            double score = scores[i];
            List<String> fieldHits = wanted.stream().filter(p.fields()::contains).toList();
            score += scale * TAXONOMY_WEIGHT * fieldHits.size();
            boolean sameRegion = sido.isPresent() && gazetteer.sidoOfCity(p.city()).equals(sido);
            boolean regionalSupport = p.fields().contains("기업지원");
            if (sameRegion) {
                // a place the company names in its own words counts fully; the region of its profile half, since
                // a company is not always looking for help nearby
                score += scale * (regionalSupport ? REGIONAL_SUPPORT_WEIGHT : REGION_WEIGHT) * regionFactor;
            }
            double learned = decisions.isEmpty() ? 0 : decisions.pull(p.shortName(), termSet, documentFrequency);
            score += scale * LEARNED_WEIGHT * learned;
            if (score > 0) {
                scored.add(new Scored(i, score, fieldHits, sameRegion, regionalSupport, learned));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(x -> profiles.get(x.doc()).shortName()));
        // explanations only for what is shown
        List<Recommendation> shown = new ArrayList<>();
        for (Scored x : scored.subList(0, Math.min(k, scored.size()))) {
            InstituteProfile p = profiles.get(x.doc());
            List<Recommendation.Reason> why = new ArrayList<>();
            explainTerms(terms, x.doc(), why);
            if (!x.fieldHits().isEmpty()) {
                why.add(new Recommendation.Reason(Recommendation.Reason.Kind.FIELDS, List.copyOf(x.fieldHits())));
            }
            explainEquipment(terms, x.doc(), why);
            if (x.sameRegion()) {
                why.add(new Recommendation.Reason(x.regionalSupport()
                        ? Recommendation.Reason.Kind.REGIONAL_SUPPORT
                        : Recommendation.Reason.Kind.SAME_REGION, List.of(p.city())));
            }
            if (x.learned() >= 0.2) {
                why.add(new Recommendation.Reason(Recommendation.Reason.Kind.HISTORY, List.of()));
            }
            shown.add(new Recommendation(p.shortName(), p.koreanName(), Math.round(x.score() * 1000) / 1000.0, why));
        }
        return shown;
    }

    private Query query(List<String> terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            List<Query> perField = new ArrayList<>();
            FIELD_BOOSTS
                    .forEach((field, boost) -> perField.add(new BoostQuery(new TermQuery(new Term(field, t)), boost)));
            b.add(new DisjunctionMaxQuery(perField, 0.2f), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** The matched terms, rarest first (they say the most). */
    private void explainTerms(List<String> terms, int doc, List<Recommendation.Reason> why) {
        List<String> matched = terms.stream().filter(termsOf.get(doc)::contains)
                .sorted(Comparator.comparingInt(t -> documentFrequency.getOrDefault(t, 0))).limit(6).toList();
        if (!matched.isEmpty()) {
            why.add(new Recommendation.Reason(Recommendation.Reason.Kind.TERMS, matched));
        }
    }

    private void explainEquipment(List<String> terms, int doc, List<Recommendation.Reason> why) {
        List<String> fitting = new ArrayList<>();
        for (Map.Entry<String, List<String>> item : equipmentOf.get(doc).entrySet()) {
            if (item.getValue().stream().anyMatch(terms::contains)) {
                fitting.add(item.getKey());
            }
        }
        if (!fitting.isEmpty()) {
            why.add(new Recommendation.Reason(Recommendation.Reason.Kind.EQUIPMENT,
                    List.copyOf(fitting.subList(0, Math.min(3, fitting.size())))));
        }
    }
}
