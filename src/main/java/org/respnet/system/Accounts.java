package org.respnet.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The logins: the built-in {@code admin} and the users from configuration. Only bcrypt hashes are
 * accepted in configuration; a plain password there is a start-up error, not a silent downgrade.
 */
final class Accounts {

    static final String ADMIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}$");
    private static final String BCRYPT_PREFIX = "{bcrypt}";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;

    private Accounts() {
    }

    /** Every login, admin first; each password is a {@code {bcrypt}} hash for the delegating encoder. */
    static List<UserDetails> of(RespNetSecurityProperties properties, BCryptPasswordEncoder bcrypt) {
        Map<String, UserDetails> users = new LinkedHashMap<>();
        users.put(ADMIN, User.withUsername(ADMIN).password(BCRYPT_PREFIX + adminHash(properties, bcrypt))
                .authorities(Role.ADMIN.authority()).build());
        for (RespNetSecurityProperties.User user : properties.users()) {
            if (user.name() == null || user.name().isBlank()) {
                throw new IllegalStateException("respnet.security.users: a user has no name");
            }
            if (users.containsKey(user.name())) {
                throw new IllegalStateException("respnet.security.users: user '" + user.name() + "' is defined twice"
                        + (ADMIN.equals(user.name()) ? " (admin is built in; set respnet.security.admin-password)" : ""));
            }
            users.put(user.name(), User.withUsername(user.name()).password(BCRYPT_PREFIX + checkedHash(user))
                    .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new)).build());
        }
        return new ArrayList<>(users.values());
    }

    private static String checkedHash(RespNetSecurityProperties.User user) {
        String hash = user.passwordHash() == null ? "" : user.passwordHash().strip();
        if (hash.startsWith(BCRYPT_PREFIX)) {
            hash = hash.substring(BCRYPT_PREFIX.length());
        }
        if (!BCRYPT.matcher(hash).matches()) {
            throw new IllegalStateException("respnet.security.users: the password-hash of user '" + user.name()
                    + "' is not a bcrypt hash ($2a$10$…); see docs/security.md for how to make one");
        }
        return hash;
    }

    /**
     * The configured admin password, hashed; otherwise the hash kept from an earlier start; otherwise
     * a new random password, printed once, whose hash is kept so the password stays valid across restarts.
     */
    private static String adminHash(RespNetSecurityProperties properties, BCryptPasswordEncoder bcrypt) {
        if (properties.adminPassword() != null && !properties.adminPassword().isBlank()) {
            return bcrypt.encode(properties.adminPassword());
        }
        Path file = properties.adminPasswordFile().toAbsolutePath();
        try {
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (BCRYPT.matcher(kept).matches()) {
                    return kept;
                }
                throw new IllegalStateException(file + " does not hold a bcrypt hash; delete it to generate a new"
                        + " admin password, or set RESPNET_ADMIN_PASSWORD");
            }
            String password = generatedPassword();
            String hash = bcrypt.encode(password);
            Files.createDirectories(file.getParent());
            writeOwnerOnly(file, hash);
            String banner = "\n\n    RespNet: generated password for user 'admin': " + password
                    + "\n    It is shown only this once; its bcrypt hash is kept in " + file
                    + "\n    (set RESPNET_ADMIN_PASSWORD to choose your own).\n";
            log.warn(banner);
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the admin password hash in " + file, e);
        }
    }

    static void writeOwnerOnly(Path file, String hash) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("another process created " + file + " at the same time; restart", e);
        }
        Files.writeString(file, hash + "\n", StandardCharsets.UTF_8);
    }

    static String generatedPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
