package org.respnet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoginThrottleTests {

    /** Issue 25, finding 7: a user name holding a newline wrote a forged line of its own into the log. */
    @Test
    void aUserNameWithANewlineStaysInsideItsLogLine() {
        Logger logger = (Logger) LoggerFactory.getLogger(LoginThrottle.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            LoginThrottle throttle = new LoginThrottle(1, 100, Duration.ofMinutes(5),
                    Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
            throttle.failed("x\n2026-01-01 INFO Login: admin logged in\r", "127.0.0.1");
        } finally {
            logger.detachAppender(lines);
        }

        assertThat(lines.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                .isEqualTo("Login: account 'x\\u000A2026-01-01 INFO Login: admin logged in\\u000D' locked for 300 s"
                        + " after 1 failed logins (last from 127.0.0.1)")
                .doesNotContain("\n", "\r"));
    }

    @Test
    void aLongNameIsCutInTheLog() {
        assertThat(LoginThrottle.logged("甲".repeat(150))).isEqualTo("甲".repeat(100) + "…");
        assertThat(LoginThrottle.logged("市发改委")).isEqualTo("市发改委");
    }
}
