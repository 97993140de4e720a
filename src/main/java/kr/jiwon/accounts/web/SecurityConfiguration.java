package kr.jiwon.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Deny by default. The JSON API authenticates with HTTP Basic, keeps no session (so needs no CSRF token) and
 * answers 401/403 as problem+json; reads of public data are open, writes need an officer or administrator. The
 * web pages use a login form with CSRF protection on every form.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final String[] OFFICE = {"OFFICER", "ADMIN"};

    /**
     * Argon2id for every new hash (no 72-byte limit as bcrypt has, so a long Hangul passphrase is fine); hashes made
     * earlier with bcrypt still match and are re-hashed with Argon2id at the next sign-in (see AccountUserDetails).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2@SpringSecurity_v5_8";
        return new org.springframework.security.crypto.password.DelegatingPasswordEncoder(argon2, java.util.Map.of(
                argon2,
                org.springframework.security.crypto.argon2.Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, MessageSource messages, LocaleResolver locales,
            kr.jiwon.accounts.ApiTokens tokens,
            @org.springframework.beans.factory.annotation.Value("${jiwon.api.basic-auth:true}") boolean basicAuth)
            throws Exception {
        org.springframework.security.web.AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            // RFC 6750 for a presented token (or where Basic is off), RFC 7617 where Basic is offered
            String authorization = request.getHeader("Authorization");
            boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
            response.setHeader("WWW-Authenticate", bearer || !basicAuth
                    ? "Bearer realm=\"Jiwon\"" + (bearer ? ", error=\"invalid_token\"" : "")
                    : "Basic realm=\"Jiwon\"");
            outageOrProblem(e, response,
                    text(messages, "problem.unauthorized.title", locales.resolveLocale(request)),
                    text(messages, "problem.unauthorized.detail", locales.resolveLocale(request)));
        };
        if (basicAuth) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized));
        }
        // personal access tokens (Authorization: Bearer jiwon_…), checked against their hashes; read-only ones
        // may only read
        http.oauth2ResourceServer(o -> o.opaqueToken(t -> t.introspector(introspector(tokens)))
                .authenticationEntryPoint(unauthorized))
                .addFilterAfter(new ReadOnlyTokens((request, response) -> problem(response, 403,
                        text(messages, "problem.forbidden.title", locales.resolveLocale(request)),
                        text(messages, "token.readOnly", locales.resolveLocale(request)))),
                        org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter.class);
        http.securityMatcher("/api/**")
                .addFilterBefore(new SameOriginApiWrites(),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/companies", "/api/v1/companies/**").hasAnyRole(OFFICE)
                        .requestMatchers("/api/v1/institute/**").hasRole("INSTITUTE")
                        .requestMatchers("/api/v1/calls/*/matching", "/api/v1/calls/*/matching/**").hasAnyRole(OFFICE)
                        .requestMatchers("/api/v1/calls/*/applications", "/api/v1/calls/*/applications.xlsx",
                                "/api/v1/audit", "/api/v1/audit/**")
                        .hasAnyRole(OFFICE)
                        // screening is the office's: refused before the body is even read
                        .requestMatchers(HttpMethod.POST, "/api/v1/applications/*/status").hasAnyRole(OFFICE)
                        // an objection is the company's; review and selection of a call are the office's
                        .requestMatchers(HttpMethod.POST, "/api/v1/applications/*/objections").hasRole("APPLICANT")
                        .requestMatchers("/api/v1/review/**").hasRole("REVIEWER")
                        .requestMatchers("/api/v1/calls/*/review/**", "/api/v1/calls/*/selection/**",
                                "/api/v1/calls/*/objections")
                        .hasAnyRole(OFFICE)
                        .requestMatchers("/api/v1/applications", "/api/v1/applications/**").authenticated()
                        .requestMatchers("/api/v1/projects", "/api/v1/projects/**").authenticated()
                        .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**").authenticated()
                        // officers, or the institute's own coordinator (checked on the institute)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/institutes/*/capacity").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/plans/**", "/api/v1/plans", "/api/v1/programs",
                                "/api/v1/programs/**", "/api/v1/calls", "/api/v1/calls/**", "/api/v1/institutes",
                                "/api/v1/institutes/**", "/api/v1/search")
                        .permitAll()
                        .requestMatchers("/api/v1/**").hasAnyRole(OFFICE)
                        .anyRequest().denyAll())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> problem(response, 403,
                                text(messages, "problem.forbidden.title",
                                        locales.resolveLocale(request)),
                                text(messages, "problem.forbidden.detail",
                                        locales.resolveLocale(request)))))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http,
            org.springframework.beans.factory.ObjectProvider<org.springframework.session.FindByIndexNameSessionRepository<? extends org.springframework.session.Session>> sessions,
            @org.springframework.beans.factory.annotation.Value("${jiwon.session.absolute-limit:PT12H}") java.time.Duration absoluteLimit,
            @org.springframework.beans.factory.annotation.Value("${jiwon.session.office-max:3}") int officeMax,
            java.time.Clock clock) throws Exception {
        // Spring Session's own store answers "which sessions has this person", across instances (a command-line run
        // of the platform has no web sessions at all)
        var found = sessions.getIfAvailable();
        java.util.Set<String> officeAuthorities = java.util.Arrays.stream(OFFICE).map(role -> "ROLE_" + role)
                .collect(java.util.stream.Collectors.toSet());
        java.util.function.Predicate<org.springframework.security.core.Authentication> office = authentication -> authentication
                .getAuthorities().stream().anyMatch(a -> officeAuthorities.contains(a.getAuthority()));
        org.springframework.security.core.session.SessionRegistry sessionRegistry = new LimitedSessionRegistry(
                found == null
                        ? new org.springframework.security.core.session.SessionRegistryImpl()
                        : new org.springframework.session.security.SpringSessionBackedSessionRegistry<>(found),
                office);
        http.addFilterBefore(new SessionLimits(absoluteLimit, clock),
                org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                // officers and administrators: at most a few sessions at once, the oldest signed out (ASVS V3.3)
                .sessionManagement(s -> s.sessionConcurrency(c -> c.maximumSessions(
                        (org.springframework.security.web.authentication.session.SessionLimit) authentication -> office
                                .test(authentication) ? officeMax : -1)
                        .sessionRegistry(sessionRegistry).expiredUrl("/login?expired")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/", "/calls", "/calls.csv", "/calls.xlsx", "/calls/*",
                                "/programs",
                                "/programs/**",
                                "/plans/**", "/institutes", "/institutes/**", "/css/**", "/js/**", "/images/**",
                                "/notices", "/notices/**", "/notices.csv", "/notices.xlsx", "/search", "/search.csv",
                                "/search.xlsx", "/finder", "/finder.csv", "/finder.xlsx", "/feeds/**",
                                "/alerts/unsubscribe/**", "/results", "/stats", "/stats.csv", "/stats.xlsx",
                                "/stats/*.csv",
                                "/open-data/*",
                                "/open-data.zip",
                                "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/login", "/signup", "/error", "/password-reset", "/password-reset/*")
                        .permitAll()
                        // an alert's unsubscribe: its page's button, or a mail program's one-click POST (RFC 8058)
                        .requestMatchers(HttpMethod.POST, "/alerts/unsubscribe/*").permitAll()
                        // probes and metrics: on the management port in production (the public port has only /livez, /readyz)
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                                "/actuator/prometheus",
                                "/livez", "/readyz")
                        .permitAll()
                        .requestMatchers("/admin/users", "/admin/users/**").hasRole("ADMIN")
                        .requestMatchers("/office/**", "/admin/**").hasAnyRole(OFFICE)
                        .requestMatchers("/institute/**").hasRole("INSTITUTE")
                        .requestMatchers("/review", "/review/**").hasRole("REVIEWER")
                        .anyRequest().authenticated())
                // the way to the login page is a relative address: a forged Host header never comes back in Location
                .exceptionHandling(ex -> ex.authenticationEntryPoint(relativeLogin()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        // one answer for a wrong password, an unknown name and a lock: none tells anything
                        .failureHandler((request, response, e) -> outageOrRedirect(e, response, request.getContextPath()
                                + "/login?error")))
                .logout(logout -> logout.logoutSuccessUrl("/?loggedOut"))
                // the unsubscribe key in the address is the only credential of that POST (no session, no cookie
                // acts), and a mail program's one-click POST carries no form token
                .csrf(csrf -> csrf.ignoringRequestMatchers("/alerts/unsubscribe/*"))
                // no inline style or script anywhere; forms post only to the platform; no framing; no referrer
                // beyond the site (links carry tokens, e.g. a password-reset link); no camera, microphone, place
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"))
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                                "Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()")));
        return http.build();
    }

    /**
     * Rate limits, before Spring Security sees the request (a sign-in attempt is counted before it is checked):
     * {@code jiwon.rate-limit.*} as "requests/period", e.g. {@code 20/PT1M}; off with
     * {@code jiwon.rate-limit.enabled=false}.
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<RequestRates> requestRates(
            @org.springframework.beans.factory.annotation.Value("${jiwon.rate-limit.enabled:true}") boolean enabled,
            @org.springframework.beans.factory.annotation.Value("${jiwon.rate-limit.login:20/PT1M}") String login,
            @org.springframework.beans.factory.annotation.Value("${jiwon.rate-limit.signup:10/PT1H}") String signUp,
            @org.springframework.beans.factory.annotation.Value("${jiwon.rate-limit.password-reset:5/PT15M}") String reset,
            @org.springframework.beans.factory.annotation.Value("${jiwon.rate-limit.api:600/PT1M}") String api) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new RequestRates(limit(login), limit(signUp), limit(reset), limit(api)));
        // Spring Security's filter chain runs at -100 (Spring Boot's default): the buckets come just before it
        registration.setOrder(-101);
        registration.setEnabled(enabled);
        return registration;
    }

    /** Who a token acts as, for Spring Security: the account's role and the token's scope as authorities. */
    private static org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector introspector(
            kr.jiwon.accounts.ApiTokens tokens) {
        return token -> {
            var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
            String address = attributes instanceof org.springframework.web.context.request.ServletRequestAttributes sra
                    ? sra.getRequest().getRemoteAddr()
                    : null;
            var bearer = tokens.authenticate(token, address).orElseThrow(
                    () -> new org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException(
                            "the token is unknown, expired or revoked"));
            return new org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal(bearer.username(),
                    java.util.Map.of("token_id", bearer.tokenId(), "scope", bearer.scope().name()),
                    java.util.List.of(
                            new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                    bearer.role().authority()),
                            new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                    ReadOnlyTokens.SCOPE + bearer.scope().name())));
        };
    }

    private static RequestRates.Limit limit(String spec) {
        String[] parts = spec.strip().split("/");
        return new RequestRates.Limit(Long.parseLong(parts[0]), java.time.Duration.parse(parts[1]));
    }

    private static org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint relativeLogin() {
        var entry = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login");
        entry.setFavorRelativeUris(true);
        return entry;
    }

    /**
     * A sign-in that failed because the database is out of reach is not a wrong password: it is passed on, and
     * {@code DatabaseOutage} answers 503.
     */
    private static void outageOrProblem(org.springframework.security.core.AuthenticationException e,
            HttpServletResponse response, String title, String detail) throws java.io.IOException {
        if (kr.jiwon.shared.web.DatabaseOutage.outage(e)) {
            throw e;
        }
        problem(response, 401, title, detail);
    }

    private static void outageOrRedirect(org.springframework.security.core.AuthenticationException e,
            HttpServletResponse response, String location) throws java.io.IOException {
        if (kr.jiwon.shared.web.DatabaseOutage.outage(e)) {
            throw e;
        }
        response.sendRedirect(location);
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws java.io.IOException {
        if (status == 401 && !response.containsHeader("WWW-Authenticate")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Jiwon\"");
        }
        kr.jiwon.shared.web.Problems.write(response, status, title, detail);
    }
}
