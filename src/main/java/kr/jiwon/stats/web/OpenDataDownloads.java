package kr.jiwon.stats.web;

import kr.jiwon.shared.web.Downloads;
import kr.jiwon.stats.OpenData;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The open-data files, public: JSON and CSV of calls and awards, and everything in one ZIP. */
@RestController
class OpenDataDownloads {

    private final OpenData data;

    OpenDataDownloads(OpenData data) {
        this.data = data;
    }

    @GetMapping("/open-data/calls.json")
    ResponseEntity<byte[]> callsJson() {
        return Downloads.file("calls.json", MediaType.APPLICATION_JSON, data.json(data.calls()));
    }

    @GetMapping("/open-data/awards.json")
    ResponseEntity<byte[]> awardsJson() {
        return Downloads.file("awards.json", MediaType.APPLICATION_JSON, data.json(data.awards()));
    }

    @GetMapping("/open-data/calls.csv")
    ResponseEntity<byte[]> callsCsv() {
        return Downloads.csv("calls.csv", data.callsCsv());
    }

    @GetMapping("/open-data/awards.csv")
    ResponseEntity<byte[]> awardsCsv() {
        return Downloads.csv("awards.csv", data.awardsCsv());
    }

    @GetMapping("/open-data.zip")
    ResponseEntity<byte[]> zip() {
        return Downloads.file("jiwon-open-data.zip", MediaType.parseMediaType("application/zip"), data.zip());
    }
}
