package kr.jiwon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.jiwon.institutes.InstituteDirectory;
import kr.jiwon.institutes.NewInstitute;
import kr.jiwon.shared.ReferenceCsv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The matcher's knowledge files (issue 18 Done-when 1): every institute of the directory has a profile with a
 * mission, fields and test scopes or equipment; every line names its source; the gazetteer, the taxonomy and the
 * request kinds point only at institutes and roles that exist; and each piece is read from a request as intended.
 */
class MatchingKnowledgeTests {

    private final MatchingKnowledge knowledge = MatchingKnowledge.shipped();
    private final List<NewInstitute> directory = InstituteDirectory.seed();
    private final Set<String> names = directory.stream().map(NewInstitute::shortName).collect(Collectors.toSet());

    @Test
    void everyInstituteHasAMissionFieldsAndTestScopesOrEquipment() {
        assertThat(directory).hasSizeGreaterThanOrEqualTo(46);
        for (NewInstitute i : directory) {
            MatchingKnowledge.Institute k = knowledge.institute(i.shortName());
            assertThat(k).as("knowledge of %s", i.shortName()).isNotNull();
            assertThat(k.missions()).as("mission of %s", i.shortName()).isNotEmpty()
                    .allSatisfy(m -> assertThat(m).hasSizeGreaterThan(20));
            assertThat(i.fields().values()).as("fields of %s", i.shortName()).isNotEmpty();
            assertThat(k.scopes().size() + k.equipment().size()).as("scopes or equipment of %s", i.shortName())
                    .isPositive();
            assertThat(k.roles()).as("roles of %s", i.shortName()).isNotEmpty().isSubsetOf(knowledge.roles());
        }
        assertThat(knowledge.institutes().keySet()).isSubsetOf(names);
    }

    @Test
    void everyLineOfEveryFileNamesItsSource() {
        for (String file : List.of("institutes.csv", "standards.csv", "parts.csv", "processes.csv",
                "request-kinds.csv")) {
            for (CSVRecord r : ReferenceCsv.read("matching/knowledge/" + file)) {
                assertThat(r.get("source")).as("%s line %d", file, r.getRecordNumber()).isNotBlank()
                        .containsAnyOf("http", "directory evidence", "root-technologies.csv");
            }
        }
    }

    @Test
    void theGazetteerTheTaxonomyAndTheKindsPointAtInstitutesAndRolesThatExist() {
        knowledge.standards().forEach(s -> assertThat(s.institutes()).as(s.name()).isNotEmpty().isSubsetOf(names));
        knowledge.parts().forEach(p -> assertThat(p.institutes()).as(p.term()).isNotEmpty().isSubsetOf(names));
        knowledge.processes().forEach(p -> assertThat(p.institutes()).as(p.name()).isNotEmpty().isSubsetOf(names));
        knowledge.kinds().forEach(k -> assertThat(k.roles()).as(k.kind()).isNotEmpty().isSubsetOf(knowledge.roles()));
        assertThat(knowledge.kinds()).extracting(MatchingKnowledge.Kind::kind).contains("testing", "measurement",
                "process", "material", "design", "reliability", "equipment");
    }

    @Test
    void standardsPartsProcessesAndKindsAreReadFromTheWordsOfARequest() {
        assertThat(knowledge.standardsIn("수출용 충전기의 IEC 61000-4-2 정전기 시험과 CE 인증"))
                .extracting(MatchingKnowledge.Standard::name)
                .containsExactlyInAnyOrder("IEC 61000·CISPR 전자파 적합성", "CE 마킹(유럽 적합성)");
        assertThat(knowledge.standardsIn("UN38.3 운송 시험")).extracting(MatchingKnowledge.Standard::domain)
                .containsExactly("배터리 안전");
        assertThat(knowledge.standardsIn("원가 절감")).isEmpty();
        assertThat(knowledge.partsIn("몰드 변압기 권선 온도 상승")).extracting(MatchingKnowledge.Part::industry)
                .containsExactly("전력기기");
        // the longer part word wins over the one it contains
        assertThat(knowledge.partsIn("태양광 모듈 출력 저하")).extracting(MatchingKnowledge.Part::term)
                .containsExactly("태양광 모듈");
        var hits = knowledge.processesIn("알루미늄 다이캐스팅 제품에 기공이 생긴다");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).process().name()).isEqualTo("주조");
        assertThat(hits.get(0).named()).isTrue();
        assertThat(hits.get(0).defects()).containsExactly("기공");
        assertThat(knowledge.kindsOf("측정기 교정 성적서의 불확도").get(0).kind()).isEqualTo("measurement");
        assertThat(knowledge.kindsOf("도내에서 분석 장비를 빌려 쓸 곳").get(0).kind()).isEqualTo("equipment");
        assertThat(knowledge.kindsOf("안녕하세요")).isEmpty();
    }

    @Test
    void aNamedStandardBringsTheInstitutesAccreditedForIt() {
        var recommender = new Recommender(InstituteProfiles.fromSeed(), new kr.jiwon.shared.Regions());
        var without = new Recommender(InstituteProfiles.fromSeed(), new kr.jiwon.shared.Regions(), Decisions.NONE,
                MatchingKnowledge.none());
        var request = MatchRequest.of("의료용 전기기기 IEC 60601 시험을 받아야 합니다");
        List<Recommendation> top = recommender.recommend(request, 3);
        assertThat(top).extracting(Recommendation::institute).containsAnyOf("KTL", "KTC", "KTR");
        assertThat(top.get(0).reasons()).extracting(Recommendation.Reason::kind)
                .contains(Recommendation.Reason.Kind.STANDARD, Recommendation.Reason.Kind.ROLE);
        // the words of the profiles alone know the standard less well
        int with = rank(recommender, request, "KTL");
        assertThat(with).isLessThanOrEqualTo(rank(without, request, "KTL"));
    }

    private static int rank(Recommender r, MatchRequest request, String institute) {
        List<Recommendation> all = r.recommend(request, r.size());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).institute().equals(institute)) {
                return i + 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Test
    void wordsThatNameTheKindOfHelpDoNotDecideTheDomain() {
        var recommender = new Recommender(InstituteProfiles.fromSeed(), new kr.jiwon.shared.Regions());
        List<Recommendation> top = recommender.recommend(MatchRequest.of("변압기 온도 상승 시험 성적서가 필요합니다"), 3);
        assertThat(top.get(0).institute()).isEqualTo("KERI");
        assertThat(top.get(0).reasons()).filteredOn(r -> r.kind() == Recommendation.Reason.Kind.TERMS)
                .allSatisfy(r -> assertThat(r.terms()).doesNotContain("시험", "성적서"));
    }
}
