package kr.jiwon.review;

import org.springframework.data.repository.ListCrudRepository;

interface ReviewPlans extends ListCrudRepository<ReviewPlan, Long> {
}
