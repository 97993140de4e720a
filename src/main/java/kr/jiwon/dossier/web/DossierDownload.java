package kr.jiwon.dossier.web;

import kr.jiwon.dossier.CallDossier;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 감사 자료 of a call, for officers (linked from 사업 관리). */
@RestController
class DossierDownload {

    private final CallDossier dossier;

    DossierDownload(CallDossier dossier) {
        this.dossier = dossier;
    }

    @GetMapping("/office/calls/{id}/audit-package.zip")
    ResponseEntity<byte[]> zip(@PathVariable long id, CurrentUser user, Actor actor) {
        return Downloads.file("call-" + id + "-audit-package.zip", MediaType.parseMediaType("application/zip"),
                dossier.zip(user, id, actor));
    }
}
