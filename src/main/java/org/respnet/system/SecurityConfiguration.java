package org.respnet.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what over HTTP. Rules go by pattern, not by endpoint, so new pages and APIs are covered
 * as they are added:
 * <ul>
 * <li>GET of stylesheets and scripts ({@code /css/**}, {@code /js/**}, {@code /webjars/**}): anyone, so the
 *     login page shares them;</li>
 * <li>GET/HEAD of anything (pages, {@code /api/**}): anyone when {@code respnet.security.anonymous-read}
 *     is true (the desktop default), otherwise any logged-in user;</li>
 * <li>{@code POST /api/cypher} (the read-only console): any logged-in user (VIEWER and up), in every mode,
 *     because it runs arbitrary queries for up to the console time limit;</li>
 * <li>{@code /api/admin/**}: ADMIN;</li>
 * <li>{@code POST /api/tasks/{id}/progress} and {@code POST /api/units/{name}/progress} (progress reports):
 *     UNIT or EDITOR; the follow-up service then checks, for every row, that a UNIT login's unit holds the
 *     task;</li>
 * <li>every other request (every write): EDITOR or ADMIN, in every mode.</li>
 * </ul>
 *
 * <p>Two filter chains. Requests that carry HTTP Basic credentials (scripts) go through a stateless
 * chain that never reads the session cookie, so they need no CSRF token: their only authority is the
 * credentials they carry, which a foreign web page cannot make a browser add (that takes a CORS
 * preflight this server does not answer, and RespNet never sends a Basic challenge, so browsers never
 * cache Basic credentials). Everything else is a browser session: form login, a session cookie, and
 * CSRF protection with the token in the readable {@code XSRF-TOKEN} cookie, sent back by the pages'
 * scripts as the {@code X-XSRF-TOKEN} header.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";
    static final String CONSOLE_API = "/api/cypher";
    static final String[] PROGRESS_APIS = {"/api/tasks/*/progress", "/api/units/*/progress"};

    @Bean
    @Order(1)
    SecurityFilterChain basicAuthApi(HttpSecurity http, RespNetSecurityProperties properties, LoginGuard guard)
            throws Exception {
        http.addFilterBefore(guard.filter(), BasicAuthenticationFilter.class);
        http.securityMatcher(SecurityConfiguration::carriesBasicCredentials)
                .authorizeHttpRequests(rules -> authorize(rules, properties))
                .httpBasic(basic -> basic.authenticationEntryPoint(json401()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(json401()).accessDeniedHandler(json403()));
        cors(http, properties);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http, RespNetSecurityProperties properties, LoginGuard guard)
            throws Exception {
        http.addFilterBefore(guard.filter(), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(rules -> authorize(rules, properties))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).failureUrl(LOGIN_PAGE + "?error").permitAll())
                .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout").permitAll())
                .csrf(csrf -> csrf.spa())
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                                .addEntryPointFor(json401(), api())
                                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE))
                                .build())
                        // a page a role may not open is refused on the Chinese 403 page, not as the API's JSON (a lone
                        // handler would serve every request)
                        .defaultAccessDeniedHandlerFor(json403(), api())
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
        cors(http, properties);
        return http.build();
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
            RespNetSecurityProperties properties) {
        rules.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers(LOGIN_PAGE, "/login.html", "/error").permitAll()
                // The login page's stylesheets and scripts: the shared ones, which hold no data.
                .requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/webjars/**").permitAll()
                .requestMatchers(HttpMethod.POST, CONSOLE_API).hasRole(Role.VIEWER.name())
                .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, PROGRESS_APIS).hasAnyRole(Role.UNIT.name(), Role.EDITOR.name())
                // The import page is only of use to those who may import.
                .requestMatchers(HttpMethod.GET, "/import", "/import.html").hasRole(Role.EDITOR.name());
        if (properties.anonymousRead()) {
            rules.requestMatchers(HttpMethod.GET, "/**").permitAll()
                    .requestMatchers(HttpMethod.HEAD, "/**").permitAll();
        } else {
            rules.requestMatchers(HttpMethod.GET, "/**").hasRole(Role.VIEWER.name())
                    .requestMatchers(HttpMethod.HEAD, "/**").hasRole(Role.VIEWER.name());
        }
        rules.anyRequest().hasRole(Role.EDITOR.name());
    }

    /** Cross-origin requests only for origins named in {@code respnet.security.cors-allowed-origins}. */
    private static void cors(HttpSecurity http, RespNetSecurityProperties properties) throws Exception {
        if (properties.corsAllowedOrigins().isEmpty()) {
            http.cors(cors -> cors.disable());
            return;
        }
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(properties.corsAllowedOrigins());
        config.setAllowedMethods(List.of("GET", "HEAD", "POST"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-XSRF-TOKEN"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", config);
        http.cors(cors -> cors.configurationSource(source));
    }

    private static boolean carriesBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("basic ");
    }

    private static RequestMatcher api() {
        return PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    }

    /** 401 as JSON, deliberately without a {@code WWW-Authenticate: Basic} challenge (see class comment). */
    private static AuthenticationEntryPoint json401() {
        return (request, response, e) -> writeJson(response, HttpServletResponse.SC_UNAUTHORIZED, "login",
                "请先登录（在登录页登录，或由脚本以 HTTP Basic 发送用户名和密码）");
    }

    private static AccessDeniedHandler json403() {
        return (request, response, e) -> {
            if (e instanceof CsrfException) {
                writeJson(response, HttpServletResponse.SC_FORBIDDEN, "csrf", "页面已过期，请刷新后再试"
                        + "（缺少或无效的 CSRF 令牌：页面以 X-XSRF-TOKEN 头发送 XSRF-TOKEN Cookie 的值，脚本用 HTTP Basic）");
            } else {
                writeJson(response, HttpServletResponse.SC_FORBIDDEN, "role",
                        "您的账号没有这项权限：修改需要编辑（EDITOR）或管理员（ADMIN）账号，报送进展需要单位（UNIT）或编辑账号");
            }
        };
    }

    private static void writeJson(HttpServletResponse response, int status, String reason, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status + ",\"reason\":\"" + reason + "\",\"error\":\""
                + message + "\",\"problems\":[]}");
    }

    /** Only configured host names are answered (DNS rebinding); runs before every other filter. */
    @Bean
    FilterRegistrationBean<AllowedHostsFilter> allowedHosts(RespNetSecurityProperties properties) {
        FilterRegistrationBean<AllowedHostsFilter> registration =
                new FilterRegistrationBean<>(new AllowedHostsFilter(properties.allowedHosts()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * Spring Security's firewall, letting through what unit names may hold: a backslash and a percent
     * sign, raw or percent-encoded ({@code /units/a%5Cb}, {@code /units/100%25}), and an encoded slash
     * ({@code /units/a%2Fb}; request matchers and controllers both read it inside one segment, see
     * {@link UnitNamePaths}). Everything else it refuses stays refused (dot segments, semicolons,
     * control characters).
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowBackSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        firewall.setAllowUrlEncodedSlash(true);
        return firewall;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.EDITOR.name())
                .role(Role.EDITOR.name()).implies(Role.VIEWER.name())
                .role(Role.UNIT.name()).implies(Role.VIEWER.name())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(RespNetSecurityProperties properties) {
        return new InMemoryUserDetailsManager(Accounts.of(properties, new BCryptPasswordEncoder()));
    }

    /**
     * Reads the deferred CSRF token on every browser request so the {@code XSRF-TOKEN} cookie is
     * always there for the pages' scripts (Spring Security otherwise writes it only when a form needs it).
     */
    private static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
