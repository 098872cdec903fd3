package com.brokercrm.security;

import com.brokercrm.compliance.AuditAction;
import com.brokercrm.compliance.AuditLog;
import com.brokercrm.compliance.AuditOutcome;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Two filter chains. {@code /api/**} and the OpenAPI description: HTTP Basic for integrations or the browser session, answers in RFC
 * 9457 problem details, CSRF checked for session callers only. Everything else: form login, logout, CSRF
 * on every form, pages by role. Client data scope is not decided here but in the queries themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(LoginProperties.class)
class SecurityConfig {

    private static final String[] PUBLIC = {"/login", "/assets/**", "/webjars/**", "/favicon.ico", "/error"};

    /**
     * The pages a client opens from a link in a message (the satisfaction survey, the e-mail opt-out): one path
     * segment, the signed token, and nothing below it. The token is checked by the page itself; CSRF applies as
     * on every form.
     */
    private static final String[] CLIENT_LINKS = {"/survey/*", "/unsubscribe/*"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm id stored in the hash so it can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(LoginProperties properties) {
        return new LoginThrottle(
                properties.maxFailuresPerUser(),
                properties.maxFailuresPerAddress(),
                properties.lockout(),
                Clock.systemUTC());
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(
            CrmUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /** The CTI filter runs inside the API chain only, not also as a plain servlet filter. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<com.brokercrm.contact.CtiTokenFilter> ctiOnlyInChain(
            com.brokercrm.contact.CtiTokenFilter filter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, ThrottledAuthenticationProvider provider, com.brokercrm.contact.CtiTokenFilter cti)
            throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authenticationProvider(provider)
                .addFilterBefore(
                        cti, org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/cti/**")
                        .hasRole(com.brokercrm.contact.CtiTokenFilter.ROLE)
                        .anyRequest()
                        .authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((request, response, e) ->
                        problem(response, HttpStatus.UNAUTHORIZED, "authentication required")))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) ->
                                problem(response, HttpStatus.UNAUTHORIZED, "authentication required"))
                        .accessDeniedHandler((request, response, ex) ->
                                problem(response, HttpStatus.FORBIDDEN, "your role may not do this")))
                .csrf(c -> c.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
                        || request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/cti/")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, ThrottledAuthenticationProvider provider, AuditLog audit)
            throws Exception {
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/clients");
        http.authenticationProvider(provider)
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.GET, CLIENT_LINKS)
                        .permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.POST, CLIENT_LINKS)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.HQ_ADMIN.name())
                        .requestMatchers("/compliance/**")
                        .hasAnyRole(Role.COMPLIANCE.name(), Role.HQ_ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            audit.record(
                                    authentication.getName(),
                                    roleOf(authentication.getPrincipal()),
                                    AuditAction.LOGIN,
                                    null,
                                    null,
                                    null,
                                    request.getRemoteAddr(),
                                    AuditOutcome.OK);
                            success.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler(failure)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                audit.record(
                                        authentication.getName(),
                                        roleOf(authentication.getPrincipal()),
                                        AuditAction.LOGOUT,
                                        null,
                                        null,
                                        null,
                                        request.getRemoteAddr(),
                                        AuditOutcome.OK);
                            }
                        }));
        return http.build();
    }

    private static String roleOf(Object principal) {
        return principal instanceof CrmUser user ? user.account().role().name() : null;
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
