package org.respnet;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, before its application starts, where Debian's Chromium and chromedriver
 * are not installed, and says once per run how to install them. Under {@code CI=true} the class runs
 * instead, and {@link Chromium#requireInstalled} fails it: CI must run the browser tests.
 */
public final class ChromiumInstalled implements ExecutionCondition {

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.installed()) {
            return ConditionEvaluationResult.enabled("Chromium is installed");
        }
        if (Chromium.underCi()) {
            return ConditionEvaluationResult.enabled("CI=true: the browser tests must run");
        }
        if (TOLD.compareAndSet(false, true)) {
            tell(Chromium.NOT_INSTALLED);
        }
        return ConditionEvaluationResult.disabled(Chromium.NOT_INSTALLED);
    }

    /**
     * Failsafe keeps what the tests print in target/failsafe-reports; what the test JVM writes to its
     * own standard error it shows in the build's output, so the line is written there.
     */
    private static void tell(String line) {
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        stderr.println(line);
    }
}
