package kr.jiwon.demo;

import java.util.List;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.review.NewReviewer;
import kr.jiwon.review.ReviewPanel;
import kr.jiwon.review.Reviewer;
import kr.jiwon.review.ReviewerPool;
import kr.jiwon.shared.Actor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo reviewers (the three demo reviewer logins) in the pool, invited to every published demo call's panel, so
 * an officer can take a submitted demo application through review and selection. The 사업자등록번호 and
 * institute codes are made up for the demo, except the institutes' short names.
 */
@Component
@Order(30)
class DemoReviewers implements ApplicationRunner {

    private final DemoProperties properties;
    private final ReviewerPool pool;
    private final ReviewPanel panel;
    private final CallManagement calls;

    DemoReviewers(DemoProperties properties, ReviewerPool pool, ReviewPanel panel, CallManagement calls) {
        this.properties = properties;
        this.pool = pool;
        this.panel = panel;
        this.calls = calls;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || !pool.all().isEmpty()) {
            return;
        }
        Actor system = Actor.system();
        List<Reviewer> reviewers = List.of(
                pool.register(new NewReviewer("박기술", "reviewer@demo.jiwon.example", "한국기계대학교 기계공학과",
                        List.of("134-82-00027"), List.of(), List.of("기계금속", "자동차", "주조"), "44", "reviewer"),
                        system),
                pool.register(new NewReviewer("최소재", "reviewer2@demo.jiwon.example", "한국재료연구원", List.of(),
                        List.of("KIMS"), List.of("첨단소재", "이차전지", "디스플레이"), "48", "reviewer2"), system),
                pool.register(new NewReviewer("정공정", "reviewer3@demo.jiwon.example", "(주)공정컨설팅",
                        List.of("220-81-62517"), List.of(), List.of("디지털 전환", "자동화", "스마트공장"), "11",
                        "reviewer3"), system));
        calls.calls(CallFilter.published()).forEach(c -> reviewers.forEach(r -> panel.invite(c.id(), r.id(),
                system)));
    }
}
