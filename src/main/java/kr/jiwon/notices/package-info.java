/**
 * The public face: the notice board (공지사항, 사업공고, 보도자료, ESG 정책뉴스) with Markdown rendered safely, one
 * Korean search over calls, programs, institutes and notices (Lucene with Nori), feeds (RSS, Atom, iCalendar),
 * saved searches with e-mail alerts, and exports of result lists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices and search",
        allowedDependencies = {"shared", "programs", "institutes", "companies", "accounts", "audit", "notifications",
                "matching"})
package kr.jiwon.notices;
