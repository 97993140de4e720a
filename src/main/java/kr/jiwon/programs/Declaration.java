package kr.jiwon.programs;

/**
 * What a call may ask a company to confirm when it applies (확인·서약), each checked again at 요건검토 against the
 * evidence the call asks for (e.g. 국세·지방세 납세증명서 as required documents). Sources: the stages of a MOTIE call —
 * 요건검토 covers 참여제한 sanctions, tax arrears and duplicate funding (domain notes §2, §4, after the 산업기술혁신사업
 * 공통 운영요령 and the 중기부 R&D guide); a closed or suspended business (휴·폐업) cannot carry out a project.
 */
public enum Declaration {

    /** Not under a 참여제한 (sanction excluding it from national programs). */
    NO_PARTICIPATION_RESTRICTION,
    /** No 국세·지방세 arrears. */
    NO_TAX_ARREARS,
    /** In business: not 휴업 or 폐업. */
    IN_BUSINESS,
    /** The same project is not funded by another program. */
    NO_DUPLICATE_FUNDING;

    public String messageKey() {
        return "declaration." + name();
    }

    /** The codes as a call stores them, or null for an unknown one. */
    public static Declaration find(String code) {
        for (Declaration d : values()) {
            if (d.name().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return d;
            }
        }
        return null;
    }
}
