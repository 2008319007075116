package org.respnet.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Throttling of failed logins (form and HTTP Basic).
 *
 * @param maxFailuresPerAccount failed logins of one account, within {@code lockDuration}, that lock it
 * @param maxFailuresPerAddress failed logins from one client address, within {@code lockDuration}, that lock it
 * @param lockDuration          how long a lock lasts; locked attempts answer 429 with {@code Retry-After}
 */
@ConfigurationProperties("respnet.security.login")
public record LoginProperties(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration lockDuration) {
}
