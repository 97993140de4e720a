package kr.jiwon.applications.web;

import java.time.OffsetDateTime;
import java.util.List;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationDocument;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ApplicationTransition;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;

/** An application as the API shows it. */
record ApplicationView(long id, long version, long callId, long companyId, String trackCode, String title,
        String bottleneck, TextList technologyFields, TextList rootTechnologies,
        TextList desiredInstitutes, Won requestedAmount, Integer durationMonths, Won ownContribution,
        String contactName, String contactPhone, String contactEmail, ApplicationStatus status,
        String receiptNumber, OffsetDateTime submittedAt, OffsetDateTime updatedAt, String updatedBy,
        List<DocumentView> documents, List<TransitionView> history) {

    record DocumentView(long id, String filename, String mediaType, long sizeBytes, String sha256,
            OffsetDateTime uploadedAt) {

        static DocumentView of(ApplicationDocument d) {
            return new DocumentView(d.id(), d.filename(), d.mediaType(), d.sizeBytes(), d.sha256(),
                    SeoulTime.toOffset(d.uploadedAt()));
        }
    }

    record TransitionView(ApplicationStatus from, ApplicationStatus to, String actor, OffsetDateTime at,
            String reason) {

        static TransitionView of(ApplicationTransition t) {
            return new TransitionView(t.fromStatus(), t.toStatus(), t.actor(), SeoulTime.toOffset(t.at()), t.reason());
        }
    }

    static ApplicationView of(Application a, List<ApplicationDocument> documents) {
        return new ApplicationView(a.id(), a.version(), a.callId(), a.companyId(), a.trackCode(), a.title(),
                a.bottleneck(), a.technologyFields(), a.rootTechnologies(), a.desiredInstitutes(),
                a.requestedAmount(), a.durationMonths(), a.ownContribution(), a.content().contactName(),
                a.content().contactPhone(),
                a.contactEmail(), a.status(), a.receiptNumber(), SeoulTime.toOffset(a.submittedAt()),
                SeoulTime.toOffset(a.updatedAt()), a.updatedBy(), documents.stream().map(DocumentView::of).toList(),
                a.transitions().stream().map(TransitionView::of).toList());
    }
}
