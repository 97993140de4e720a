/**
 * The notice board (공지사항, 사업공고, 보도자료, ESG 정책뉴스): public list and post pages with Markdown rendered safely,
 * print view, view counts, officers' editor with attachments and scheduled publication, RSS and Atom feeds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notice board", allowedDependencies = {"shared",
        "shared :: web", "audit"})
package kr.jiwon.notices;
