/**
 * Korean text analysis (Lucene Nori, the manufacturing user dictionary, synonyms) used by matching and search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Korean analysis", allowedDependencies = {})
package kr.jiwon.korean;
