package org.respnet.system;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may log in and what anonymous visitors may do.
 *
 * @param anonymousRead     let anonymous GET requests through (pages and {@code GET /api/**}); writes always
 *                          need EDITOR or ADMIN, and the Cypher console always needs a login
 * @param adminPassword     password of the built-in user {@code admin}; when blank one is generated on first
 *                          start, printed once, and only its bcrypt hash is kept in {@code adminPasswordFile}
 * @param adminPasswordFile where the generated admin password's bcrypt hash is kept across restarts
 * @param users             further users, each with a bcrypt hash (never a plain password) and roles
 * @param corsAllowedOrigins origins allowed to call {@code /api/**} from another site; empty (the default)
 *                          means no CORS at all
 * @param allowedHosts      host names ({@code Host} header, port ignored) this server answers; others get 421
 */
@ConfigurationProperties("respnet.security")
public record RespNetSecurityProperties(
        boolean anonymousRead,
        String adminPassword,
        Path adminPasswordFile,
        List<User> users,
        List<String> corsAllowedOrigins,
        List<String> allowedHosts) {

    /** Defaults are in {@code application.properties}; a list with no entries binds as null. */
    public RespNetSecurityProperties {
        users = users == null ? List.of() : users;
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : corsAllowedOrigins;
        allowedHosts = allowedHosts == null ? List.of() : allowedHosts;
    }

    /**
     * A configured login.
     *
     * @param name         user name
     * @param passwordHash bcrypt hash ({@code $2a$…}, {@code $2b$…}, {@code $2y$…}), optionally prefixed {@code {bcrypt}}
     * @param roles        VIEWER, UNIT, EDITOR and/or ADMIN; VIEWER when not given, UNIT when only a unit is given
     * @param unit         the unit this login reports for (role UNIT); blank for every other login
     * @param city         the city of that unit (several cities may each have a 市发改委); blank: the unit in
     *                     every city, as before issue 25 (set it wherever more than one city is imported)
     */
    public record User(String name, String passwordHash, List<Role> roles, String unit, String city) {

        public User {
            unit = unit == null || unit.isBlank() ? null : unit.strip();
            city = city == null || city.isBlank() ? null : city.strip();
            roles = roles == null ? List.of(unit == null ? Role.VIEWER : Role.UNIT) : roles;
        }
    }

    /** The city a UNIT login is bound to, if one is configured. */
    public java.util.Optional<String> cityOf(String userName) {
        return users.stream().filter(u -> u.name().equals(userName) && u.unit() != null && u.city() != null)
                .map(User::city).findFirst();
    }

    /** The unit a login is bound to (role UNIT), if any. */
    public java.util.Optional<String> unitOf(String userName) {
        return users.stream().filter(u -> u.name().equals(userName) && u.unit() != null).map(User::unit).findFirst();
    }
}
