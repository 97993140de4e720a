package kr.jiwon.shared;

/** Size class of a company under 중소기업기본법 and 중견기업법, as calls restrict who may apply. */
public enum CompanySize {

    SME, MIDSIZE, LARGE;

    /** Message key of the Korean (or English) name: 중소기업, 중견기업, 대기업. */
    public String messageKey() {
        return "companySize." + name();
    }
}
