package org.respnet.ingest;

/** What a label or a table column stands for. */
enum Role {
    /** 责任领导 and kin: the city leaders who oversee a task. */
    LEADER,
    /** 牵头单位 and kin. */
    LEAD,
    /** 责任单位, 配合单位 and kin. */
    RESPONSIBLE,
    /** 完成时限 / 时间节点: the deadline phrase, kept as written. */
    DEADLINE,
    /** A table's task column (工作任务, 重点工作, …). */
    TASK,
    /** A table's 序号 column. */
    SERIAL,
    /** A table's 重点领域 / 类别 column: becomes the task's section. */
    CATEGORY,
    /** 备注: read past. */
    NOTE;

    boolean namesSomeone() {
        return this == LEADER || this == LEAD || this == RESPONSIBLE;
    }
}
