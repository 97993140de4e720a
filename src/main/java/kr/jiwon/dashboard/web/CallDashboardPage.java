package kr.jiwon.dashboard.web;

import java.time.Instant;
import kr.jiwon.dashboard.CallDashboard;
import kr.jiwon.dashboard.CallProgress;
import kr.jiwon.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 공고 현황: the first page of 사업 관리 for a call (officers). */
@Controller
class CallDashboardPage {

    private final CallDashboard dashboard;
    private final Formats formats;
    private final MessageSource messages;

    CallDashboardPage(CallDashboard dashboard, Formats formats, MessageSource messages) {
        this.dashboard = dashboard;
        this.formats = formats;
        this.messages = messages;
    }

    @GetMapping("/office/calls/{callId}")
    String show(@PathVariable long callId, Model model) {
        CallProgress p = dashboard.progress(callId);
        model.addAttribute("p", p);
        model.addAttribute("call", p.call());
        model.addAttribute("nextText", messages.getMessage(p.next().messageKey(), p.next().args().stream()
                .map(a -> a instanceof Instant i ? formats.dateTime(i) : a).toArray(),
                LocaleContextHolder.getLocale()));
        return "dashboard/call";
    }
}
