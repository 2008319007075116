package org.respnet.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins counted per account and per address. An account (or an address) that failed
 * {@code maxFailures} times within {@code lockDuration} is locked for {@code lockDuration}: its login
 * attempts answer 429 with {@code Retry-After}, even with the right password, until the lock ends.
 * A successful login clears the account's count. Locks live in memory (a restart clears them).
 */
final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Beyond this many tracked keys, expired entries are dropped (keeps memory bounded under a spray). */
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    private final int maxFailuresPerAccount;
    private final int maxFailuresPerAddress;
    private final Duration lockDuration;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    LoginThrottle(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration lockDuration, Clock clock) {
        this.maxFailuresPerAccount = maxFailuresPerAccount;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockDuration = lockDuration;
        this.clock = clock;
    }

    /** How long the caller must wait before trying to log in as {@code account} from {@code address}; empty when free. */
    Optional<Duration> retryAfter(String account, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (Failures f : new Failures[] {account == null ? null : accounts.get(key(account)), addresses.get(address)}) {
            if (f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, f.lockedUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String account, String address) {
        if (accounts.size() + addresses.size() > MAX_TRACKED) {
            Instant now = clock.instant();
            accounts.values().removeIf(f -> expired(f, now));
            addresses.values().removeIf(f -> expired(f, now));
        }
        if (account != null && count(accounts, key(account), maxFailuresPerAccount)) {
            log.warn("Login: account '{}' locked for {} s after {} failed logins (last from {})", logged(account),
                    lockDuration.toSeconds(), maxFailuresPerAccount, logged(address));
        }
        if (address != null && count(addresses, address, maxFailuresPerAddress)) {
            log.warn("Login: address {} locked for {} s after {} failed logins (last as '{}')", logged(address),
                    lockDuration.toSeconds(), maxFailuresPerAddress, logged(account));
        }
    }

    /**
     * A name as a stranger typed it, safe inside one log line: control characters (a newline would forge a
     * line of its own) written as {@code \\uXXXX}, and at most 100 characters.
     */
    static String logged(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(100).forEach(c -> {
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 100 ? out + "…" : out.toString();
    }

    void succeeded(String account) {
        if (account != null) {
            accounts.remove(key(account));
        }
    }

    /** Counts one failure; true when this failure locks the key. */
    private boolean count(Map<String, Failures> map, String key, int max) {
        Instant now = clock.instant();
        boolean[] locked = {false};
        map.compute(key, (k, f) -> {
            if (f == null || expired(f, now)) {
                f = new Failures(0, now, null);
            }
            int count = f.count() + 1;
            if (count >= max) {
                locked[0] = f.lockedUntil() == null || !f.lockedUntil().isAfter(now);
                return new Failures(0, now, now.plus(lockDuration));
            }
            return new Failures(count, f.first(), f.lockedUntil());
        });
        return locked[0];
    }

    private boolean expired(Failures f, Instant now) {
        boolean lockOver = f.lockedUntil() == null || !f.lockedUntil().isAfter(now);
        return lockOver && f.first().plus(lockDuration).isBefore(now);
    }

    private static String key(String account) {
        return account.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
