package kr.jiwon.applications;

import static kr.jiwon.applications.ApplicationsFixtures.PDF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Uploads as ASVS V12 asks (issue 16, item 5): the total per application holds when files arrive at once; at most 30
 * files; an HWPX is inspected as a package (a lone "mimetype" entry, an entry outside the package, an entry compressed
 * beyond any document are refused); names lose direction-changing characters and say what the file is; a name that is
 * only "/" is a name like any other; a JSON body beyond 1 MB is refused with 413.
 */
class UploadHardeningApiIntegrationTests extends ApplicationApiTestSupport {

    private static byte[] pdf(int size) {
        byte[] b = new byte[size];
        System.arraycopy(PDF, 0, b, 0, PDF.length);
        return b;
    }

    @Test
    void eightFilesAtOnceCannotPassTheTotalLimit() throws Exception {
        CompanyUser c = fixtures.company();
        long id = start(c, fixtures.openCall());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> done = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                String name = "part-" + i + ".pdf";
                Callable<Integer> upload = () -> attach(c, id, name, pdf(60 * 1024)).andReturn().getResponse()
                        .getStatus();
                done.add(pool.submit(upload));
            }
            int created = 0;
            for (Future<Integer> f : done) {
                created += f.get() == 201 ? 1 : 0;
            }
            assertThat(created).as("160 KB hold two files of 60 KB").isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select sum(size_bytes) from application_document where application_id = ?",
                Long.class, id)).isLessThanOrEqualTo(160 * 1024);
    }

    @Test
    void thirtyFilesAreTheMost() throws Exception {
        CompanyUser c = fixtures.company();
        long id = start(c, fixtures.openCall());
        for (int i = 0; i < 30; i++) {
            attach(c, id, "page-" + i + ".pdf", PDF).andExpect(status().isCreated());
        }
        attach(c, id, "page-30.pdf", PDF).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("30개까지")));
    }

    /** A zip of the given entries (name, bytes), stored or deflated. */
    private static byte[] zip(boolean storedMimetype, Object... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                ZipEntry e = new ZipEntry((String) entries[i]);
                byte[] bytes = (byte[]) entries[i + 1];
                if (storedMimetype && i == 0) {
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    e.setCrc(crc.getValue());
                }
                z.putNextEntry(e);
                z.write(bytes);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Object[] hwpxEntries(Object... extra) {
        List<Object> all = new ArrayList<>(List.of("mimetype", "application/hwp+zip".getBytes(),
                "version.xml", "<hv:HCFVersion/>".getBytes(),
                "META-INF/container.xml", "<ocf:container/>".getBytes(),
                "Contents/content.hpf", "<opf:package/>".getBytes(),
                "Contents/header.xml", "<hh:head/>".getBytes(),
                "Contents/section0.xml", "<hs:sec/>".getBytes()));
        all.addAll(List.of(extra));
        return all.toArray();
    }

    @Test
    void anHwpxIsInspectedAsAPackageNotTakenOnItsMimetypeAlone() throws Exception {
        CompanyUser c = fixtures.company();
        long id = start(c, fixtures.openCall());
        attach(c, id, "계획서.hwpx", zip(true, hwpxEntries())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("application/hwp+zip"));
        attach(c, id, "껍데기.hwpx", zip(true, "mimetype", "application/hwp+zip".getBytes()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("허용되지 않는 파일 형식")));
        attach(c, id, "탈출.hwpx", zip(true, hwpxEntries("../../evil.sh", "#!/bin/sh".getBytes())))
                .andExpect(status().isBadRequest());
        attach(c, id, "폭탄.hwpx", zip(true, hwpxEntries("BinData/zeros.bin", new byte[4 * 1024 * 1024])))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aNameLosesDirectionControlsAndSaysWhatTheFileIs() throws Exception {
        CompanyUser c = fixtures.company();
        long id = start(c, fixtures.openCall());
        // "견적서\u202Efdp.exe" shows as "견적서exe.pdf" in a right-to-left-aware viewer
        attach(c, id, "견적서\u202Efdp.exe", PDF).andExpect(status().isCreated())
                .andExpect(jsonPath("$.filename").value("견적서fdp.exe.pdf"));
        attach(c, id, "/", PDF).andExpect(status().isCreated())
                .andExpect(jsonPath("$.filename").value("document.pdf"));
        attach(c, id, "사업계획서.PDF", PDF).andExpect(status().isCreated())
                .andExpect(jsonPath("$.filename").value("사업계획서.PDF"));
        attach(c, id, "..", PDF).andExpect(status().isCreated())
                .andExpect(jsonPath("$.filename").value("document.pdf"));
    }

    @Test
    void aJsonBodyBeyondOneMegabyteIsRefusedWith413() throws Exception {
        CompanyUser c = fixtures.company();
        String huge = "{\"callId\":1,\"pad\":\"" + "x".repeat(1_100_000) + "\"}";
        mvc.perform(post("/api/v1/applications").with(as(c)).contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail", containsString("1MB까지")));
    }
}
