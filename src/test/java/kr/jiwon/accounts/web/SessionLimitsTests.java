package kr.jiwon.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The absolute session limit (ASVS V3.3.2): busy or not, a session ends 12 hours after its first signed-in request. */
class SessionLimitsTests {

    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse request(Instant at) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "officer", null, List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/office");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SessionLimits(Duration.ofHours(12), Clock.fixed(at, ZoneOffset.UTC)).doFilter(request, response,
                new MockFilterChain());
        return response;
    }

    @Test
    void aBusySessionEndsTwelveHoursAfterItsFirstSignedInRequest() throws Exception {
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(request(start).getRedirectedUrl()).isNull();
        assertThat(request(start.plus(Duration.ofHours(11))).getRedirectedUrl()).isNull();
        assertThat(request(start.plus(Duration.ofHours(12)).plusSeconds(1)).getRedirectedUrl())
                .isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
