package kr.jiwon.korean;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.core.io.ClassPathResource;

/**
 * Korean text analysis for matching and search: Nori's morphological tokenizer with the manufacturing user
 * dictionary ({@link #USER_DICTIONARY}), particles and endings removed, lower case, and the caller's synonyms (Solr
 * format: matching's {@code matching/synonyms.txt} so that 2차전지 meets 이차전지 and 도금 meets 표면처리; the site
 * search's {@code search/synonyms.txt}).
 */
public final class KoreanAnalysis {

    /** The manufacturing user dictionary (Nori format), one plain file for every Korean analysis. */
    public static final String USER_DICTIONARY = "korean/userdict_ko.txt";

    private static final KoreanAnalysis MATCHING = new KoreanAnalysis(USER_DICTIONARY, "matching/synonyms.txt");

    private final UserDictionary userDictionary;
    private final SynonymMap synonyms;
    private final Analyzer analyzer;

    private KoreanAnalysis(String userDictionaryResource, String synonymsResource) {
        try (Reader dict = resource(userDictionaryResource)) {
            userDictionary = UserDictionary.open(dict);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Reader syn = resource(synonymsResource)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, baseAnalyzer());
            parser.parse(syn);
            synonyms = parser.build();
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalStateException("cannot read " + synonymsResource, e);
        }
        analyzer = new Analyzer() {

            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = tokenizer();
                TokenStream ts = filters(tokenizer);
                ts = new SynonymGraphFilter(ts, synonyms, true);
                ts = new FlattenGraphFilter(ts);
                return new TokenStreamComponents(tokenizer, ts);
            }
        };
    }

    /** The analysis with matching's synonyms. */
    public static KoreanAnalysis get() {
        return MATCHING;
    }

    /** The same analysis with another user dictionary and synonym file (e.g. the site search's own synonyms). */
    public static KoreanAnalysis of(String userDictionaryResource, String synonymsResource) {
        return new KoreanAnalysis(userDictionaryResource, synonymsResource);
    }

    private static Reader resource(String name) throws IOException {
        return new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8);
    }

    private Tokenizer tokenizer() {
        return new KoreanTokenizer(org.apache.lucene.util.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, userDictionary,
                KoreanTokenizer.DecompoundMode.DISCARD, false);
    }

    private static TokenStream filters(Tokenizer tokenizer) {
        TokenStream ts = new KoreanPartOfSpeechStopFilter(tokenizer);
        ts = new KoreanReadingFormFilter(ts);
        return new LowerCaseFilter(ts);
    }

    /**
     * The analyser that reads the synonym file itself: no synonyms and no part-of-speech filter (which would leave
     * position gaps the synonym parser rejects); synonyms are nouns anyway.
     */
    private Analyzer baseAnalyzer() {
        return new Analyzer() {

            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = tokenizer();
                return new TokenStreamComponents(tokenizer,
                        new LowerCaseFilter(new KoreanReadingFormFilter(tokenizer)));
            }
        };
    }

    /** The analyser for indexing and querying. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** The distinct terms of a text (with synonyms), in order of appearance, without bare numbers. */
    public List<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.chars().allMatch(Character::isDigit)) {
                    // bare numbers ("3" of 3개월, 3차원, 3D) match everything and mean nothing here
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }
}
