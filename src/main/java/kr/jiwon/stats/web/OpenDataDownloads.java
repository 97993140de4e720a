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

    @GetMapping("/open-data/{dataset:plans|programs|board}.json")
    ResponseEntity<byte[]> datasetJson(@org.springframework.web.bind.annotation.PathVariable String dataset) {
        return Downloads.file(dataset + ".json", MediaType.APPLICATION_JSON, data.json(rows(dataset)));
    }

    @GetMapping("/open-data/{dataset:plans|programs|board}.csv")
    ResponseEntity<byte[]> datasetCsv(@org.springframework.web.bind.annotation.PathVariable String dataset) {
        java.util.List<String> columns = switch (dataset) {
            case "plans" -> OpenData.PLAN_COLUMNS;
            case "programs" -> OpenData.PROGRAM_COLUMNS;
            default -> OpenData.BOARD_COLUMNS;
        };
        return Downloads.csv(dataset + ".csv", data.csv(rows(dataset), columns));
    }

    private java.util.List<java.util.Map<String, Object>> rows(String dataset) {
        return switch (dataset) {
            case "plans" -> data.plans();
            case "programs" -> data.programs();
            default -> data.board();
        };
    }

    @GetMapping("/open-data.zip")
    ResponseEntity<byte[]> zip() {
        return Downloads.file("jiwon-open-data.zip", MediaType.parseMediaType("application/zip"), data.zip());
    }
}
