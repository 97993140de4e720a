package kr.jiwon.institutes.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.institutes.ResearchInstitute;
import kr.jiwon.shared.TextList;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The institute directory over JSON. */
@RestController
@RequestMapping("/api/v1/institutes")
@Tag(name = "Institutes", description = "연구기관")
class InstituteApi {

    private final InstituteManagement institutes;

    InstituteApi(InstituteManagement institutes) {
        this.institutes = institutes;
    }

    record InstituteView(long id, String shortName, String koreanName, String englishName, String city,
            String division, boolean consortiumMember, String consortiumMembership, TextList specialties,
            TextList specialtiesEn, TextList fields, String technologies, String equipment, String expertise,
            int capacity, boolean capacityAssumed) {

        static InstituteView of(ResearchInstitute i) {
            return new InstituteView(i.id(), i.shortName(), i.koreanName(), i.englishName(), i.city(), i.division(),
                    i.consortiumMember(), i.consortiumMembership(), i.specialties(),
                    i.specialtiesEn(), i.fields(), i.technologies(),
                    i.equipment(),
                    i.expertise(), i.capacity(), i.capacityAssumed());
        }
    }

    @GetMapping
    List<InstituteView> all() {
        return institutes.all().stream().map(InstituteView::of).toList();
    }

    @GetMapping("/{idOrShortName}")
    InstituteView one(@PathVariable String idOrShortName) {
        return InstituteView.of(institutes.institute(idOrShortName));
    }
}
