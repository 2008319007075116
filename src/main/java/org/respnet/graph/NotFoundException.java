package org.respnet.graph;

import java.util.Map;

/** A unit, leader, task or document name that the graph does not hold; said in Chinese, as a clerk reads it. */
public class NotFoundException extends RuntimeException {

    private static final Map<String, String> WHAT = Map.of("unit", "单位", "leader", "领导", "task", "任务",
            "document", "文件", "report", "报告", "node", "单位、领导或任务", "original file of document", "文件的原件");

    public NotFoundException(String what, String name) {
        super("没有找到" + WHAT.getOrDefault(what, what) + "“" + name + "”");
    }
}
