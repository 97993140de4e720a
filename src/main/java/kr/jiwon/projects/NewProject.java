package kr.jiwon.projects;

import java.time.LocalDate;
import java.util.List;
import kr.jiwon.shared.Won;

/** What a project starts from: the selected application, its call, the amount awarded and the period. */
record NewProject(long callId, long applicationId, String programCode, long companyId, String title,
        String content, String trackCode, List<String> institutes, Won grant, LocalDate startsOn,
        LocalDate endsOn) {
}
