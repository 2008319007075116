package org.respnet.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers only requests addressed to a configured host name ({@code respnet.security.allowed-hosts}),
 * before anything else runs: a page on another site that re-points its own DNS name at this server's
 * address (DNS rebinding) sends its own name in {@code Host} and gets 421, never the data.
 */
final class AllowedHostsFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AllowedHostsFilter.class);
    static final int MISDIRECTED = 421;

    private final Set<String> hosts;

    AllowedHostsFilter(List<String> allowedHosts) {
        this.hosts = allowedHosts.stream().map(AllowedHostsFilter::normalised).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getHeader("Host");
        if (host == null || !hosts.contains(normalised(withoutPort(host)))) {
            log.debug("Refused a request for host {} from {}", host, request.getRemoteAddr());
            response.setStatus(MISDIRECTED);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":421,\"reason\":\"host\",\"error\":\"本服务器不接受这个主机名的请求"
                    + "（见 respnet.security.allowed-hosts）\",\"problems\":[]}");
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    static String withoutPort(String host) {
        String h = host.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 || h.indexOf(':') != colon ? h : h.substring(0, colon);
    }

    private static String normalised(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
