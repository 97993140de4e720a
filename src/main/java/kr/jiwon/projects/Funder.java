package kr.jiwon.projects;

/**
 * Who pays a share of a project: the support side (정부지원금, or for 삼성 스마트공장 3.0 삼성, 광역 and 기초
 * 지자체) and the company's own share (기업부담금) in cash or in kind.
 */
public enum Funder {

    GOVERNMENT(true), SAMSUNG(true), PROVINCE(true), MUNICIPALITY(true), COMPANY_CASH(false), COMPANY_IN_KIND(false);

    private final boolean support;

    Funder(boolean support) {
        this.support = support;
    }

    /** Whether this share is the support awarded by the selection (paid to the project), not the company's own. */
    public boolean support() {
        return support;
    }

    public String messageKey() {
        return "funder." + name();
    }
}
