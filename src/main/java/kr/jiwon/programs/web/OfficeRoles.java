package kr.jiwon.programs.web;

import org.springframework.security.core.Authentication;

/** Whether the current user runs calls (officer or administrator) and may see drafts. */
final class OfficeRoles {

    private OfficeRoles() {
    }

    static boolean isOffice(Authentication user) {
        return user != null && user.isAuthenticated() && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER") || a.getAuthority().equals("ROLE_ADMIN"));
    }
}
