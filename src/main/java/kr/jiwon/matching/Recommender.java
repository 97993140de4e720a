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
 * 시도 the company names, most of all a regional support institute there) add to the score. The
 * {@link MatchingKnowledge} adds what the words alone miss: each institute's mission and accredited scopes are indexed
 * with its profile; a standard or certificate the request names brings the institutes that test to it, a part family
 * or a root process (and its defects) the institutes that handle them; the request's kind (testing, measurement, …)
 * scales institutes of the fitting role; words that only name the kind of help weigh a quarter. Every
 * recommendation says why. Immutable and thread-safe once built.
 */
public final class Recommender {

    private static final Map<String, Float> FIELD_BOOSTS = Map.of(
            "specialties", 3.0f, "fields", 2.0f, "technologies", 2.0f, "equipment", 1.5f, "expertise", 1.0f,
            "name", 1.0f, "mission", 1.5f, "scopes", 2.0f);
    /** Words that name the kind of help, not the domain, count this much of a domain word. */
    private static final float GENERIC_BOOST = 0.25f;
    private static final double STANDARD_WEIGHT = 0.45;
    private static final double PART_WEIGHT = 0.30;
    private static final double PROCESS_WEIGHT = 0.25;
    private static final double DEFECT_WEIGHT = 0.10;
    private static final double ROLE_WEIGHT = 0.20;
    /** Words by which a company says it looks for help near it without naming the place. */
    private static final List<String> NEARBY = List.of("우리 지역", "지역 내", "지역내", "도내", "관내", "인근", "가까운",
            "근처", "우리 도", "지역의", "지역에");
    private static final double TAXONOMY_WEIGHT = 0.12;
    private static final double REGION_WEIGHT = 0.08;
    private static final double REGIONAL_SUPPORT_WEIGHT = 0.30;
    private static final int MAX_QUERY_TERMS = 120;
    private static final double LEARNED_WEIGHT = 0.35;

    private final List<InstituteProfile> profiles;
    private final KoreanAnalysis analysis = KoreanAnalysis.get();
    private final RegionGazetteer gazetteer;
    private final IndexSearcher searcher;
    private final List<Set<String>> termsOf;
    private final Map<String, Integer> documentFrequency;
    private final List<Map<String, List<String>>> equipmentOf;

    private final Decisions decisions;
    private final MatchingKnowledge knowledge;
    private final Set<String> generic;

    public Recommender(List<InstituteProfile> profiles, Regions regions) {
        this(profiles, regions, Decisions.NONE);
    }

    /** A recommender that also learns from earlier accept, decline and reassignment decisions. */
    public Recommender(List<InstituteProfile> profiles, Regions regions, Decisions decisions) {
        this(profiles, regions, decisions, MatchingKnowledge.shipped());
    }

    /** A recommender with the given knowledge ({@link MatchingKnowledge#none()} ranks by the profiles alone). */
    public Recommender(List<InstituteProfile> profiles, Regions regions, Decisions decisions,
            MatchingKnowledge knowledge) {
        this.decisions = decisions;
        this.knowledge = knowledge;
        this.termsOf = new ArrayList<>();
        this.documentFrequency = new HashMap<>();
        this.equipmentOf = new ArrayList<>();
        this.generic = new java.util.HashSet<>();
        this.postings = new HashMap<>();
        knowledge.genericWords().forEach(w -> generic.addAll(analysis.terms(w)));
        this.profiles = List.copyOf(profiles);
        this.gazetteer = new RegionGazetteer(regions);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer()).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (InstituteProfile p : this.profiles) {
                MatchingKnowledge.Institute known = knowledge.institute(p.shortName());
                String mission = known == null ? "" : String.join(" ", known.missions());
                String scopes = known == null ? "" : String.join(", ", known.scopes());
                String knownEquipment = known == null ? "" : String.join(", ", known.equipment());
                String equipmentText = knownEquipment.isEmpty()
                        ? nz(p.equipment())
                        : nz(p.equipment()).isBlank() ? knownEquipment : p.equipment() + ", " + knownEquipment;
                Document d = new Document();
                d.add(new StringField("id", p.shortName(), Field.Store.YES));
                d.add(new TextField("name", p.koreanName(), Field.Store.NO));
                d.add(new TextField("specialties", String.join(", ", p.specialties()), Field.Store.NO));
                d.add(new TextField("fields", String.join(", ", p.fields()), Field.Store.NO));
                d.add(new TextField("technologies", nz(p.technologies()), Field.Store.NO));
                d.add(new TextField("equipment", equipmentText, Field.Store.NO));
                d.add(new TextField("expertise", nz(p.expertise()), Field.Store.NO));
                d.add(new TextField("mission", mission, Field.Store.NO));
                d.add(new TextField("scopes", scopes, Field.Store.NO));
                writer.addDocument(d);
                Set<String> terms = new LinkedHashSet<>(analysis.terms(String.join(" ", p.koreanName(),
                        String.join(" ", p.specialties()), String.join(" ", p.fields()), nz(p.technologies()),
                        equipmentText, nz(p.expertise()), mission, scopes)));
                termsOf.add(terms);
                Map<String, List<String>> equipment = new java.util.LinkedHashMap<>();
                for (String item : items(equipmentText)) {
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
            precompute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One indexed term's score in every institute that has it (a term's clause of the query, at weight 1). */
    private record Posting(int[] docs, float[] scores) {
    }

    private final Map<String, Posting> postings;

    /** The same index (nothing of it changes once built) with other decisions. */
    private Recommender(Recommender index, Decisions decisions) {
        this.decisions = decisions;
        this.knowledge = index.knowledge;
        this.profiles = index.profiles;
        this.gazetteer = index.gazetteer;
        this.searcher = index.searcher;
        this.termsOf = index.termsOf;
        this.documentFrequency = index.documentFrequency;
        this.equipmentOf = index.equipmentOf;
        this.generic = index.generic;
        this.postings = index.postings;
    }

    /**
     * This recommender learning from other decisions: an accept or a decline changes only these, so the index and
     * its precomputed postings are shared rather than built again.
     */
    Recommender withDecisions(Decisions other) {
        return new Recommender(this, other);
    }

    /**
     * A term's score in an institute does not depend on the request: BM25 over a fixed index, its best field plus a
     * fifth of the others. So every indexed term is scored once here, and a request only adds up its terms'
     * postings — the same scores Lucene's query gives ({@code RecommenderScoringTests}), without building and
     * running a query of six to eight clauses per term for each request.
     */
    private void precompute() throws IOException {
        Set<String> all = new java.util.TreeSet<>();
        for (String field : FIELD_BOOSTS.keySet()) {
            org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(searcher.getIndexReader(),
                    field);
            if (terms == null) {
                continue;
            }
            org.apache.lucene.index.TermsEnum it = terms.iterator();
            for (org.apache.lucene.util.BytesRef t = it.next(); t != null; t = it.next()) {
                all.add(t.utf8ToString());
            }
        }
        for (String t : all) {
            ScoreDoc[] hits = searcher.search(clause(t, 1f), Math.max(1, profiles.size())).scoreDocs;
            int[] docs = new int[hits.length];
            float[] scores = new float[hits.length];
            for (int i = 0; i < hits.length; i++) {
                docs[i] = hits[i].doc;
                scores[i] = hits[i].score;
            }
            postings.put(t, new Posting(docs, scores));
        }
    }

    /** The words' scores per institute from the precomputed postings (what {@link #luceneScores} computes). */
    double[] termScores(List<String> terms) {
        double[] scores = new double[profiles.size()];
        for (String t : terms) {
            Posting p = postings.get(t);
            if (p == null) {
                continue;
            }
            double weight = generic.contains(t) ? GENERIC_BOOST : 1.0;
            for (int i = 0; i < p.docs().length; i++) {
                scores[p.docs()[i]] += weight * p.scores()[i];
            }
        }
        return scores;
    }

    /** The same scores by running the query through Lucene: the reference the postings are checked against. */
    double[] luceneScores(List<String> terms) {
        double[] scores = new double[profiles.size()];
        if (terms.isEmpty()) {
            return scores;
        }
        try {
            for (ScoreDoc hit : searcher.search(query(terms), Math.max(1, profiles.size())).scoreDocs) {
                scores[hit.doc] = hit.score;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores;
    }

    /** The request's analysed words (at most {@value #MAX_QUERY_TERMS}). */
    List<String> termsOf(MatchRequest request) {
        List<String> terms = analysis.terms(String.join(" ", nz(request.text()), String.join(" ", request.fields()),
                String.join(" ", request.rootTechnologies())));
        return terms.size() > MAX_QUERY_TERMS ? terms.subList(0, MAX_QUERY_TERMS) : terms;
    }

    /** The items of an equipment list: split at commas and at middle dots outside parentheses. */
    private static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if ((c == ',' || c == '·') && depth == 0) {
                out.add(item.toString().strip());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        out.add(item.toString().strip());
        return out.stream().filter(x -> !x.isEmpty()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public int size() {
        return profiles.size();
    }

    /** The k best institutes for the request, best first. */
    public List<Recommendation> recommend(MatchRequest request, int k) {
        List<String> terms = termsOf(request);
        double[] scores = termScores(terms);
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
        String text = nz(request.text());
        boolean nearby = NEARBY.stream().anyMatch(text::contains);
        double regionFactor = named.isPresent() || nearby ? 1.0 : 0.5;
        List<MatchingKnowledge.Kind> kinds = knowledge.kindsOf(text);
        Set<String> primaryRoles = kinds.isEmpty() ? Set.of() : kinds.get(0).roles();
        Set<String> otherRoles = new java.util.HashSet<>();
        kinds.stream().skip(1).forEach(kind -> otherRoles.addAll(kind.roles()));
        Map<String, List<String>> standardsFor = new HashMap<>();
        for (MatchingKnowledge.Standard st : knowledge.standardsIn(text)) {
            st.institutes().forEach(i -> standardsFor.computeIfAbsent(i, x -> new ArrayList<>()).add(st.name()));
        }
        Map<String, List<String>> partsFor = new HashMap<>();
        for (MatchingKnowledge.Part part : knowledge.partsIn(text)) {
            part.institutes().forEach(i -> partsFor.computeIfAbsent(i, x -> new ArrayList<>()).add(part.term()));
        }
        Map<String, Double> processScore = new HashMap<>();
        Map<String, List<String>> processesFor = new HashMap<>();
        for (MatchingKnowledge.ProcessHit hit : knowledge.processesIn(text)) {
            double w = (hit.named() ? PROCESS_WEIGHT : 0) + (hit.defects().isEmpty() ? 0 : DEFECT_WEIGHT);
            for (String i : hit.process().institutes()) {
                processScore.merge(i, w, Math::max);
                processesFor.computeIfAbsent(i, x -> new ArrayList<>()).add(hit.process().name());
            }
        }
        List<String> wanted = new ArrayList<>(request.fields());
        wanted.addAll(request.rootTechnologies());
        record Scored(int doc, double score, List<String> fieldHits, boolean sameRegion, boolean regionalSupport,
                double learned, List<String> standards, List<String> parts, List<String> processes, String role) {
        }
        Set<String> termSet = new java.util.HashSet<>(terms);
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            InstituteProfile p = profiles.get(i);
            double score = scores[i];
            List<String> fieldHits = wanted.isEmpty()
                    ? List.of()
                    : wanted.stream().filter(p.fields()::contains).toList();
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
            List<String> standards = standardsFor.getOrDefault(p.shortName(), List.of());
            if (!standards.isEmpty()) {
                score += scale * STANDARD_WEIGHT * Math.min(1.5, 1 + 0.25 * (standards.size() - 1));
            }
            List<String> parts = partsFor.getOrDefault(p.shortName(), List.of());
            if (!parts.isEmpty()) {
                score += scale * PART_WEIGHT * Math.min(1.5, 1 + 0.25 * (parts.size() - 1));
            }
            score += scale * processScore.getOrDefault(p.shortName(), 0.0);
            MatchingKnowledge.Institute known = knowledge.institute(p.shortName());
            String role = null;
            if (known != null && score > 0) {
                role = known.roles().stream().filter(primaryRoles::contains).findFirst().orElse(null);
                // the role says what kind of institute fits, the domain says which: it scales what the institute
                // already earned rather than adding to institutes that match nothing of the domain
                if (role != null) {
                    score *= 1 + ROLE_WEIGHT;
                } else {
                    role = known.roles().stream().filter(otherRoles::contains).findFirst().orElse(null);
                    if (role != null) {
                        score *= 1 + ROLE_WEIGHT / 2;
                    }
                }
            }
            if (score > 0) {
                scored.add(new Scored(i, score, fieldHits, sameRegion, regionalSupport, learned, standards, parts,
                        processesFor.getOrDefault(p.shortName(), List.of()), role));
            }
        }
        Comparator<Scored> order = Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(x -> profiles.get(x.doc()).shortName());
        // the k best without sorting them all
        java.util.PriorityQueue<Scored> best = new java.util.PriorityQueue<>(order.reversed());
        for (Scored x : scored) {
            best.add(x);
            if (best.size() > Math.max(0, k)) {
                best.poll();
            }
        }
        List<Scored> chosen = new ArrayList<>(best);
        chosen.sort(order);
        // explanations only for what is shown
        List<Recommendation> shown = new ArrayList<>();
        for (Scored x : chosen) {
            InstituteProfile p = profiles.get(x.doc());
            List<Recommendation.Reason> why = new ArrayList<>();
            if (!x.standards().isEmpty()) {
                why.add(new Recommendation.Reason(Recommendation.Reason.Kind.STANDARD, List.copyOf(x.standards())));
            }
            if (!x.parts().isEmpty()) {
                why.add(new Recommendation.Reason(Recommendation.Reason.Kind.PART, List.copyOf(x.parts())));
            }
            if (!x.processes().isEmpty()) {
                why.add(new Recommendation.Reason(Recommendation.Reason.Kind.PROCESS, List.copyOf(x.processes())));
            }
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
            if (x.role() != null) {
                why.add(new Recommendation.Reason(Recommendation.Reason.Kind.ROLE,
                        List.of(knowledge.roleLabel(x.role()))));
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
            b.add(clause(t, generic.contains(t) ? GENERIC_BOOST : 1f), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** One word's clause: its best field counts fully, the others a fifth. */
    private static Query clause(String t, float weight) {
        List<Query> perField = new ArrayList<>();
        FIELD_BOOSTS.forEach(
                (field, boost) -> perField.add(new BoostQuery(new TermQuery(new Term(field, t)), boost * weight)));
        return new DisjunctionMaxQuery(perField, 0.2f);
    }

    /** The request's kinds as the knowledge reads them, strongest first (empty when none shows). */
    public List<String> kindsOf(MatchRequest request) {
        return knowledge.kindsOf(request.text()).stream().map(MatchingKnowledge.Kind::kind).toList();
    }

    /** The matched terms, rarest first (they say the most); words that only name the kind of help are left out. */
    private void explainTerms(List<String> terms, int doc, List<Recommendation.Reason> why) {
        List<String> matched = terms.stream().distinct().filter(t -> !generic.contains(t))
                .filter(termsOf.get(doc)::contains)
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
