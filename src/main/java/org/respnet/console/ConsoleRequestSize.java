package org.respnet.console;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a console request whose body could not hold a query and parameters within their limits
 * (413), before anything reads it: a 50 MB body is never parsed into memory. A body without a length
 * (chunked) answers 411.
 */
@Component
@EnableConfigurationProperties(ConsoleProperties.class) // so web slices that pick up this filter can build it
class ConsoleRequestSize extends OncePerRequestFilter {

    private final long maxBytes;

    ConsoleRequestSize(ConsoleProperties properties) {
        this.maxBytes = 4L * properties.maxQueryLength() + properties.maxParamsSize().toBytes() + 4096;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/api/cypher".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0) {
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        if (length > maxBytes) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":413,\"reason\":\"too-large\",\"error\":\"拒绝：请求有 "
                    + length + " 字节，一条控制台查询连同参数最多 " + maxBytes + " 字节"
                    + "\",\"problems\":[]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
