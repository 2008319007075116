package org.respnet.system;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The login page, and {@code GET /api/session}: who is logged in, so pages can show it and hide what they may not do. */
@Controller
class SessionController {

    /** The current user ({@code null} when anonymous), their roles, and whether anonymous reading is on. */
    record SessionInfo(String user, List<String> roles, boolean anonymousRead, String unit) {
    }

    private final RespNetSecurityProperties properties;

    SessionController(RespNetSecurityProperties properties) {
        this.properties = properties;
    }

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String loginPage() {
        return "forward:/login.html";
    }

    @GetMapping(path = "/api/session", produces = "application/json;charset=UTF-8")
    @ResponseBody
    SessionInfo session(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return new SessionInfo(null, List.of(), properties.anonymousRead(), null);
        }
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).sorted().toList();
        return new SessionInfo(authentication.getName(), roles, properties.anonymousRead(),
                properties.unitOf(authentication.getName()).orElse(null));
    }
}
