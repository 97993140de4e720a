package kr.jiwon.projects.web;

import java.util.List;
import kr.jiwon.projects.AgreementChange;
import kr.jiwon.projects.AgreementDocument;
import kr.jiwon.projects.AgreementStep;
import kr.jiwon.projects.FundingRule;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectStatus;
import kr.jiwon.projects.SettlementStatement;
import kr.jiwon.projects.Spending;
import kr.jiwon.shared.Won;

/**
 * What a project's page shows: the project, who looks at it (company, officer or institute), the program's rule, the
 * agreement versions, spending and its bars per category, changes, and the settlement statement once it settles.
 */
public record ProjectView(Project project, String companyName, List<String> institutes, FundingRule rule,
        boolean company, boolean office,
        List<AgreementDocument> documents, AgreementDocument current, List<Spending> spending,
        List<CategoryBar> bars, List<AgreementChange> changes, SettlementStatement statement) {

    /** A cost category's budget and what is spent of it (recognised entries), with the share as a whole percent. */
    public record CategoryBar(String category, Won planned, Won spent) {

        public int percent() {
            return planned.amount() == 0 ? 0 : (int) Math.min(100, spent.amount() * 100 / planned.amount());
        }

        public boolean over() {
            return spent.exceeds(planned);
        }
    }

    static List<CategoryBar> bars(Project p, List<Spending> spending) {
        return p.budget().categories().entrySet().stream().map(e -> new CategoryBar(e.getKey(), e.getValue(),
                Spending.recognisedIn(spending, e.getKey())))
                .toList();
    }

    /** The step numbers shown (1–4) and whether each is done, current or to come. */
    public String stepState(AgreementStep s) {
        int at = project.step().ordinal();
        return s.ordinal() < at ? "done" : s.ordinal() == at ? "current" : "todo";
    }

    public List<AgreementStep> steps() {
        return List.of(AgreementStep.PLAN, AgreementStep.BUDGET, AgreementStep.DEPOSIT, AgreementStep.SIGN);
    }

    /** The message key of what is due next, and for whom. */
    public String nextKey() {
        if (project.status() == ProjectStatus.AGREEMENT) {
            String who = project.step() == AgreementStep.SIGN ? "both" : "company";
            return "projectNext." + project.step().name() + "." + who;
        }
        if (project.status() == ProjectStatus.SETTLING && project.terminated()) {
            return "projectNext.TERMINATED";
        }
        if (project.status() == ProjectStatus.CLOSED && project.outstanding().amount() > 0) {
            return "projectNext.CLOSED_RETURN";
        }
        return "projectNext." + project.status().name();
    }

    public boolean running() {
        return project.status() == ProjectStatus.IN_PROGRESS;
    }

    public boolean signedBy(String party) {
        return current != null && current.signatureOf(kr.jiwon.projects.Signature.Party.valueOf(party)).isPresent();
    }

    public Won spentTotal() {
        return bars.stream().map(CategoryBar::spent).reduce(Won.ZERO, Won::plus);
    }
}
