package kr.jiwon.shared.web;

import java.util.List;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Failures of page handlers as the site's error page: something that does not exist (404, with what was not
 * found), and bad input a page did not show beside its field (400, with the Korean messages) — never a bare 500.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("kind", "notFound");
        model.addAttribute("message", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                LocaleContextHolder.getLocale()));
        return "error/page";
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidInput(InvalidInputException e, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("kind", "badRequest");
        model.addAttribute("message", String.join(" ", FieldMessages.byField(e.violations(), messages).values()
                .stream().flatMap(List::stream).toList()));
        return "error/page";
    }
}
