package org.respnet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class AccountsTests {

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    private static final String EDITOR_HASH = "$2a$04$TGGMXhb9jgUKBiRWXkYAReUXQ68QyqBtNVfuh83u51CeLpx544P1.";

    @TempDir
    Path dir;

    private RespNetSecurityProperties properties(String adminPassword, List<RespNetSecurityProperties.User> users) {
        return new RespNetSecurityProperties(true, adminPassword, dir.resolve("data/admin-password.bcrypt"), users, List.of(), List.of("localhost"));
    }

    @Test
    void generatesTheAdminPasswordOnceAndKeepsOnlyItsHash() throws Exception {
        UserDetails first = Accounts.of(properties(null, List.of()), BCRYPT).getFirst();
        Path kept = dir.resolve("data/admin-password.bcrypt");
        String hash = Files.readString(kept).strip();
        assertThat(hash).startsWith("$2a$");
        assertThat(first.getPassword()).isEqualTo("{bcrypt}" + hash);
        UserDetails afterRestart = Accounts.of(properties("", List.of()), BCRYPT).getFirst();
        assertThat(afterRestart.getPassword()).isEqualTo(first.getPassword());
    }

    @Test
    void usesTheConfiguredAdminPassword() {
        UserDetails admin = Accounts.of(properties("s3cret", List.of()), BCRYPT).getFirst();
        assertThat(BCRYPT.matches("s3cret", admin.getPassword().substring("{bcrypt}".length()))).isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(Files.exists(dir.resolve("data/admin-password.bcrypt"))).isFalse();
    }

    @Test
    void readsConfiguredUsersWithTheirRoles() {
        List<UserDetails> users = Accounts.of(properties("x", List.of(
                new RespNetSecurityProperties.User("li", "{bcrypt}" + EDITOR_HASH, List.of(Role.EDITOR), null, null))), BCRYPT);
        assertThat(users).extracting(UserDetails::getUsername).containsExactly("admin", "li");
        assertThat(users.get(1).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
    }

    @Test
    void refusesAPlainPasswordInConfiguration() {
        assertThatThrownBy(() -> Accounts.of(properties("x", List.of(
                new RespNetSecurityProperties.User("li", "secret", List.of(Role.VIEWER), null, null))), BCRYPT))
                .hasMessageContaining("not a bcrypt hash");
    }

    @Test
    void refusesASecondAdmin() {
        assertThatThrownBy(() -> Accounts.of(properties("x", List.of(
                new RespNetSecurityProperties.User("admin", EDITOR_HASH, List.of(Role.ADMIN), null, null))), BCRYPT))
                .hasMessageContaining("admin is built in");
    }
}
