package kr.jiwon.projects;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A party's signature on one agreement document: who (account and name), when, from where, over which document hash,
 * and how. The method is CLICK (an authenticated click on the exact document shown); a certificate signature
 * (공동인증서, PAdES) would be another method with its signature bytes beside it.
 */
@Table("agreement_signature")
public record Signature(Party party, String username, String signerName, Instant signedAt, String sha256,
        String method, String ip) {

    public enum Party {

        COMPANY, AGENCY;

        public String messageKey() {
            return "signatureParty." + name();
        }
    }
}
