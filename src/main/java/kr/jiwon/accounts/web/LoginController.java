package kr.jiwon.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; Spring Security processes the form. */
@Controller
class LoginController {

    @GetMapping("/login")
    String showLoginForm() {
        return "accounts/login";
    }
}
