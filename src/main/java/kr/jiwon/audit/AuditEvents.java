package kr.jiwon.audit;

import org.springframework.data.repository.ListCrudRepository;

interface AuditEvents extends ListCrudRepository<AuditEvent, Long> {
}
