package kr.jiwon.review;

import org.springframework.data.repository.ListCrudRepository;

interface FinalReviews extends ListCrudRepository<FinalReview, Long> {
}
