package org.respnet.changes;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections in the pages (EDITOR): a task's assignment set anew, a unit renamed or merged, the last change undone;
 * each answered with the change set (its sentence, the tasks it touches), applied unless {@code dryRun}.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json;charset=UTF-8")
class ChangeController {

    /** A reassignment: the new leaders and units by name, the reason (调整说明), and whether only to show it. */
    record AssignmentChange(List<String> leaders, List<String> leads, List<String> supports, String reason,
            boolean dryRun) {
    }

    /** A rename or merge of a unit of a notice's scope. */
    record UnitRename(String city, String from, String to, String reason, boolean dryRun) {
    }

    record Reason(String reason) {
    }

    /** What a change does, and its id in the audit trail once applied (null for a dry run). */
    record ChangeAnswer(String changeId, String kind, String label, String summary, List<String> tasks,
            boolean undoable, boolean applied) {

        static ChangeAnswer of(ChangeSet change, String changeId) {
            return new ChangeAnswer(changeId, change.kind().name(), change.kind().label(), change.summary(),
                    change.tasks(), change.undoable(), changeId != null);
        }
    }

    private final ChangeSets changes;
    private final TaskCorrections corrections;

    ChangeController(ChangeSets changes, TaskCorrections corrections) {
        this.changes = changes;
        this.corrections = corrections;
    }

    @PostMapping("/tasks/{id}/assignment")
    ChangeAnswer reassign(@PathVariable String id, @RequestBody AssignmentChange request) {
        ChangeSet change = corrections.reassign(id, new TaskCorrections.AssignmentRequest(request.leaders(),
                request.leads(), request.supports()));
        return answer(change, request.dryRun(), request.reason());
    }

    @PostMapping("/units/rename")
    ChangeAnswer rename(@RequestBody UnitRename request) {
        if (request.city() == null || request.from() == null) {
            throw new ChangeRefusedException("请指明城市（通知）和要改名的单位。");
        }
        return answer(corrections.rename(request.city(), request.from(), request.to()), request.dryRun(),
                request.reason());
    }

    @PostMapping("/changes/undo")
    ChangeAnswer undo(@RequestBody(required = false) Reason request) {
        ChangeSets.AppliedChange undone = changes.undoLast(request == null ? "" : request.reason());
        return ChangeAnswer.of(undone.change(), undone.changeId());
    }

    @GetMapping("/tasks/{id}/history")
    List<ChangeSets.HistoryEntry> history(@PathVariable String id) {
        return changes.history(id);
    }

    private ChangeAnswer answer(ChangeSet change, boolean dryRun, String reason) {
        if (dryRun) {
            return ChangeAnswer.of(change, null);
        }
        return ChangeAnswer.of(change, changes.apply(change, reason).changeId());
    }
}
