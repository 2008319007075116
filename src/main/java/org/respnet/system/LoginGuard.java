package org.respnet.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link LoginThrottle} to both ways of logging in: a form login ({@code POST /login}) or a
 * request carrying HTTP Basic credentials is answered 429 with {@code Retry-After} while its account
 * or its address is locked, before the password is even checked. Failures and successes are counted
 * from Spring Security's authentication events.
 */
@Component
class LoginGuard {

    private final LoginThrottle throttle;

    LoginGuard(LoginProperties properties) {
        this.throttle = new LoginThrottle(properties.maxFailuresPerAccount(), properties.maxFailuresPerAddress(),
                properties.lockDuration(), Clock.systemUTC());
    }

    /** The filter each security chain runs before its authentication filter. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String account = attemptedAccount(request);
                if (account != null) {
                    Optional<Duration> wait = throttle.retryAfter(account, request.getRemoteAddr());
                    if (wait.isPresent()) {
                        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                        response.setStatus(429);
                        response.setHeader("Retry-After", Long.toString(seconds));
                        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                        response.getWriter().write("{\"status\":429,\"reason\":\"login-locked\",\"error\":\"登录失败次数过多："
                                + "请 " + seconds + " 秒后再试\",\"problems\":[]}");
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        throttle.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    /** The account a request tries to log in as: the form's {@code username}, or the Basic user; null otherwise. */
    static String attemptedAccount(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        if (HttpMethod.POST.matches(request.getMethod()) && SecurityConfiguration.LOGIN_PAGE.equals(request.getServletPath())) {
            String user = request.getParameter("username");
            return user == null ? "" : user;
        }
        return null;
    }
}
