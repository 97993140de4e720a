package kr.jiwon.notices;

import org.springframework.data.repository.ListCrudRepository;

interface Notices extends ListCrudRepository<Notice, Long> {
}
