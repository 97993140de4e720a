package kr.jiwon.projects;

/**
 * The agreement's steps, in order (as SMTECH and IRIS run them): the revised plan (수정사업계획서), the budget plan,
 * the company's deposit of its cash share, the signatures; SIGNED once both parties have signed.
 */
public enum AgreementStep {

    PLAN, BUDGET, DEPOSIT, SIGN, SIGNED;

    public String messageKey() {
        return "agreementStep." + name();
    }
}
