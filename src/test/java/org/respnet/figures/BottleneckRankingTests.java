package org.respnet.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.respnet.figures.BottleneckRanking.Bottleneck;
import org.respnet.figures.BottleneckRanking.Components;

/** Scores worked out by hand for the five units of the hand-built notice (see HandBuiltNoticeIT). */
class BottleneckRankingTests {

    private static final BottleneckWeights DEFAULTS = new BottleneckWeights(0.25, 0.15, 0.15, 0.20, 0.25, 0);

    // name, lead, total, coLeadTasks, coLeadShare, leaderFanIn, betweenness
    private static final List<Components> UNITS = List.of(
            unit("市甲局", 2, 2, 1, 0.5, 2, 0.0),
            unit("市乙局", 2, 2, 1, 0.5, 1, 0.5),
            unit("市丙局", 1, 3, 1, 1.0, 2, 2.0),
            unit("市丁局", 1, 2, 1, 1.0, 2, 0.5),
            unit("市戊局", 0, 1, 0, 0.0, 2, 0.0));

    @Test
    void scoresAreWeightedSharesOfEachComponentsMaximum() {
        // maxima: lead 2, total 3, coLeadShare 1, leaderFanIn 2, betweenness 2
        // 市丙局 .25·1/2 + .15·3/3 + .15·1 + .2·2/2 + .25·2/2      = .875
        // 市丁局 .25·1/2 + .15·2/3 + .15·1 + .2·2/2 + .25·0.5/2    = .6375
        // 市甲局 .25·2/2 + .15·2/3 + .15·.5 + .2·2/2 + 0           = .625
        // 市乙局 .25·2/2 + .15·2/3 + .15·.5 + .2·1/2 + .25·0.5/2   = .5875
        // 市戊局 0 + .15·1/3 + 0 + .2·2/2 + 0                      = .25
        BottleneckRanking ranking = BottleneckRanking.rank("unit", UNITS, DEFAULTS, 0, 10);

        assertThat(ranking.items()).extracting(Bottleneck::name)
                .containsExactly("市丙局", "市丁局", "市甲局", "市乙局", "市戊局");
        double[] expected = {0.875, 0.6375, 0.625, 0.5875, 0.25};
        for (int i = 0; i < expected.length; i++) {
            Bottleneck item = ranking.items().get(i);
            assertThat(item.rank()).isEqualTo(i + 1);
            assertThat(item.score()).as(item.name()).isCloseTo(expected[i], within(1e-12));
            assertThat(item.parts().sum()).isCloseTo(item.score(), within(1e-12));
        }
        assertThat(ranking.maxima()).isEqualTo(new BottleneckRanking.Maxima(2, 3, 1, 2, 2, 3));
        assertThat(ranking.items().get(0).parts().betweenness()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void weightsChangeTheOrderAndAZeroWeightDropsItsComponent() {
        // Betweenness only: 市丙局 2/2 = 1, then 市乙局 and 市丁局 .25 each (tie → more lead tasks first: 市乙局).
        BottleneckWeights betweennessOnly = new BottleneckWeights(0, 0, 0, 0, 1, 0);

        BottleneckRanking ranking = BottleneckRanking.rank("unit", UNITS, betweennessOnly, 0, 10);

        assertThat(ranking.items()).extracting(Bottleneck::name)
                .startsWith("市丙局", "市乙局", "市丁局");
        assertThat(ranking.items()).extracting(Bottleneck::score).startsWith(1.0, 0.25, 0.25);
        assertThat(ranking.weights()).isEqualTo(betweennessOnly);
    }

    @Test
    void pagesAreCutAfterRankingTheWholeList() {
        BottleneckRanking page = BottleneckRanking.rank("unit", UNITS, DEFAULTS, 2, 2);

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(Bottleneck::rank).containsExactly(3, 4);
        assertThat(page.items()).extracting(Bottleneck::name).containsExactly("市甲局", "市乙局");
        assertThat(BottleneckRanking.rank("unit", UNITS, DEFAULTS, 9, 2).items()).isEmpty();
    }

    @Test
    void componentsThatAreZeroEverywhereAddNothing() {
        List<Components> idle = List.of(unit("市甲局", 0, 0, 0, 0, 0, 0), unit("市乙局", 0, 1, 0, 0, 0, 0));

        BottleneckRanking ranking = BottleneckRanking.rank("unit", idle, DEFAULTS, 0, 10);

        assertThat(ranking.items()).extracting(Bottleneck::score).containsExactly(0.15, 0.0);
    }

    private static Components unit(String name, long lead, long total, long coLeadTasks, double coLeadShare,
            long leaderFanIn, double betweenness) {
        return new Components(name, "department", "样例", lead, total, total, coLeadTasks, coLeadShare, leaderFanIn,
                betweenness, 0, 0, 1L);
    }
}
