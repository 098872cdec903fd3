package com.brokercrm.contact;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the telephony system on {@code /api/v1/cti/**} by its bearer token. The resulting
 * principal ("cti") has the role CTI only: it sees no client data anywhere else.
 */
@Component
public class CtiTokenFilter extends OncePerRequestFilter {

    public static final String ROLE = "CTI";

    private final CallCenterProperties properties;

    public CtiTokenFilter(CallCenterProperties properties) {
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/cti/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String token = properties.token();
        if (token == null
                || token.isBlank()
                || header == null
                || !header.startsWith("Bearer ")
                || !MessageDigest.isEqual(
                        header.substring(7).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write(
                            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                                    + "\"detail\":\"the CTI webhook needs the bearer token configured as brokercrm.cti.token\"}");
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "cti", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        chain.doFilter(request, response);
    }
}
