package org.respnet.followup;

/** A task's light on the 督办看板. */
public enum Light {
    GREEN("绿灯"), YELLOW("黄灯"), RED("红灯"), GREY("灰灯");

    private final String label;

    Light(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
