package org.respnet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaskLightTests {

    private static final List<LocalDate> KEY_DATES = List.of(LocalDate.of(2024, 4, 15), LocalDate.of(2024, 6, 15),
            LocalDate.of(2024, 10, 15), LocalDate.of(2024, 12, 15));

    static Stream<Arguments> cases() {
        return Stream.of(
                // latest status, latest day, deadline, today, colour, missed
                Arguments.of(null, null, null, "2024-03-01", Light.GREY, 0),
                Arguments.of(null, null, null, "2024-04-15", Light.GREY, 0),
                Arguments.of(null, null, null, "2024-04-16", Light.YELLOW, 1),
                Arguments.of(null, null, null, "2024-06-16", Light.RED, 2),
                Arguments.of(ProgressStatus.ON_TRACK, "2024-04-10", null, "2024-05-01", Light.GREEN, 0),
                Arguments.of(ProgressStatus.ON_TRACK, "2024-04-10", null, "2024-06-16", Light.YELLOW, 1),
                Arguments.of(ProgressStatus.ON_TRACK, "2024-04-10", null, "2024-10-16", Light.RED, 2),
                Arguments.of(ProgressStatus.ON_TRACK, "2024-04-20", null, "2024-05-01", Light.GREEN, 0),
                Arguments.of(ProgressStatus.LAGGING, "2024-04-10", null, "2024-05-01", Light.YELLOW, 0),
                Arguments.of(ProgressStatus.LAGGING, "2024-04-10", null, "2024-10-16", Light.RED, 2),
                Arguments.of(ProgressStatus.NOT_STARTED, "2024-03-01", null, "2024-03-10", Light.GREY, 0),
                Arguments.of(ProgressStatus.NOT_STARTED, "2024-04-20", null, "2024-05-01", Light.YELLOW, 0),
                Arguments.of(ProgressStatus.DONE, "2024-03-01", "2024-06-30", "2025-01-01", Light.GREEN, 0),
                Arguments.of(ProgressStatus.ON_TRACK, "2024-06-20", "2024-06-30", "2024-07-01", Light.RED, 0),
                Arguments.of(null, null, "2024-12-31", "2025-01-01", Light.RED, 4),
                Arguments.of(ProgressStatus.ON_TRACK, "2026-11-01", null, "2026-11-24", Light.GREEN, 0));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void decidesEachColourFromLatestProgressAndDates(ProgressStatus status, String at, String deadline, String today,
            Light light, int missed) {
        TaskLight.Latest latest = status == null ? null : new TaskLight.Latest(LocalDate.parse(at), status);

        TaskLight decided = TaskLight.of(latest, deadline == null ? null : LocalDate.parse(deadline), KEY_DATES,
                LocalDate.parse(today));

        assertThat(decided.light()).isEqualTo(light);
        assertThat(decided.missed()).isEqualTo(missed);
    }

    @Test
    void quarterEndsServeWhereNoticeSetsNoDate() {
        assertThat(TaskLight.quarterEnds(2024)).containsExactly(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30),
                LocalDate.of(2024, 9, 30), LocalDate.of(2024, 12, 31));
        assertThat(TaskLight.of(null, null, TaskLight.quarterEnds(2024), LocalDate.of(2024, 7, 1)).light())
                .isEqualTo(Light.RED);
    }

    @Test
    void aPastYearsNoticeIsReadOnItsLastDayAndTheCurrentYearsOnToday() {
        LocalDate today = LocalDate.of(2026, 12, 5);

        assertThat(TaskLight.readOn(2024, today)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(TaskLight.readOn(2025, today)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(TaskLight.readOn(2026, today)).isEqualTo(today);
        assertThat(TaskLight.readOn(2027, today)).isEqualTo(today);
        assertThat(TaskLight.readOn(null, today)).isEqualTo(today);
        // At the year's end a task due that day is not yet overdue; read on today it would be red.
        LocalDate due = LocalDate.of(2024, 12, 31);
        TaskLight.Latest onTrack = new TaskLight.Latest(LocalDate.of(2024, 12, 20), ProgressStatus.ON_TRACK);
        assertThat(TaskLight.of(onTrack, due, KEY_DATES, TaskLight.readOn(2024, today)).light()).isEqualTo(Light.GREEN);
        assertThat(TaskLight.of(onTrack, due, KEY_DATES, today).light()).isEqualTo(Light.RED);
    }
}
