package org.respnet.followup;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a unit reports about a task; stored and shown by its Chinese label. */
public enum ProgressStatus {
    DONE("已完成"), ON_TRACK("正常推进"), LAGGING("滞后"), NOT_STARTED("未启动");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status a label (as printed, spaces ignored) names. */
    public static Optional<ProgressStatus> ofLabel(String label) {
        String wanted = label == null ? "" : label.strip();
        return Arrays.stream(values()).filter(s -> s.label.equals(wanted)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ProgressStatus::label).toList();
    }
}
