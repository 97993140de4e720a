package kr.jiwon.projects;

import java.util.List;
import java.util.Map;
import kr.jiwon.shared.Won;

/**
 * The agreement (협약서) as a PDF, from the project's facts: parties, period, amounts by funder and by cost
 * category, the plan, and the standard terms. The signatures are not in the file: each is a record over the file's
 * SHA-256 (see {@link AgreementDocument}), which the verification page checks any copy against.
 */
final class AgreementPdf {

    /** What the agreement states; names are resolved by the caller (the program, company and institutes). */
    record Facts(Project project, int revision, String reason, String programName, String agency,
            String companyName, String companyBrn, List<String> instituteNames, Map<Funder, String> funderNames) {
    }

    private AgreementPdf() {
    }

    static byte[] render(Facts f) {
        Project p = f.project();
        try (PdfPages pdf = new PdfPages(p.number() + " 협약서")) {
            pdf.title(f.programName() + " 협약서" + (f.revision() > 1 ? " (변경 " + (f.revision() - 1) + "차)" : ""));
            pdf.row("과제번호", p.number());
            pdf.row("과제명", p.plan().planTitle());
            pdf.row("전담기관", f.agency());
            pdf.row("주관기업", f.companyName() + " (사업자등록번호 " + f.companyBrn() + ")");
            pdf.row("참여 연구기관", f.instituteNames().isEmpty() ? "—" : String.join(", ", f.instituteNames()));
            pdf.row("협약기간", p.startsOn() + " ~ " + p.endsOn());
            Budget b = p.budget();
            pdf.row("총사업비", b.funderTotal().korean() + " (" + won(b.funderTotal()) + ")");
            if (f.reason() != null) {
                pdf.row("변경 사유", f.reason());
            }
            pdf.heading("1. 재원별 분담");
            b.funders().forEach((funder, amount) -> pdf.row(f.funderNames().get(funder), won(amount),
                    percent(amount, b.funderTotal())));
            pdf.heading("2. 비목별 사업비");
            b.categories().forEach((category, amount) -> pdf.row(category, won(amount),
                    percent(amount, b.categoryTotal())));
            pdf.heading("3. 사업 목표와 내용");
            pdf.paragraph(p.plan().planGoals() == null ? "—" : p.plan().planGoals());
            pdf.paragraph(p.plan().planContent() == null ? "—" : p.plan().planContent());
            pdf.heading("4. 협약 조건");
            pdf.paragraph("① 주관기업은 협약기간 안에 사업비를 비목별 계획에 따라 사용하며, 비목 간 전용, 기간 연장 및 "
                    + "사전승인 비목의 집행은 전담기관의 승인을 받는다.");
            pdf.paragraph("② 사업비는 별도 계좌와 카드로 관리하며, 모든 집행에는 세금계산서 또는 영수증 등 증빙을 갖춘다. "
                    + "같은 증빙으로 두 번 집행할 수 없다.");
            pdf.paragraph("③ 협약기간이 끝나면 정산하며, 집행하지 않았거나 인정되지 않은 지원금과 그 이자는 반납한다.");
            pdf.paragraph("④ 주관기업은 기업부담금 중 현금을 협약 체결 전에 사업비 계좌에 입금한다.");
            pdf.heading("5. 서명");
            pdf.paragraph("이 협약서는 양 당사자가 전자적으로 서명한다. 서명은 이 파일의 SHA-256 해시에 대해 서명자, "
                    + "서명 일시와 함께 기록되며, 협약서 진위 확인 화면에서 파일의 위·변조 여부를 확인할 수 있다.");
            return pdf.bytes();
        }
    }

    static String won(Won w) {
        return String.format("%,d원", w.amount());
    }

    static String percent(Won part, Won total) {
        return total.amount() == 0 ? "—" : String.format("%.1f%%", part.amount() * 100.0 / total.amount());
    }
}
