package org.respnet.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.respnet.graph.GraphReader;

/** The node budget and the per-node cap, on a star of one unit with ten tasks. */
class NeighbourhoodServiceTests {

    private final GraphReader reader = mock(GraphReader.class);
    private final SearchIndex search = mock(SearchIndex.class);

    private NeighbourhoodService service(int budget, int neighbourLimit) {
        return new NeighbourhoodService(reader, search, new ExploreProperties(budget, neighbourLimit));
    }

    private void star(int tasks) {
        when(search.resolve("市发改委", null)).thenReturn(Optional.of("U:随州/市发改委"));
        List<NeighbourhoodService.NeighbourRow> rows = new ArrayList<>();
        for (int i = 1; i <= tasks; i++) {
            rows.add(new NeighbourhoodService.NeighbourRow("U:随州/市发改委", "T:k" + i, "LEADS", "U:随州/市发改委", "T:k" + i));
        }
        when(reader.list(eq(NeighbourhoodService.NEIGHBOURHOOD), any(), eq(NeighbourhoodService.NeighbourRow.class))).thenReturn(rows);
        when(reader.list(eq(NeighbourhoodService.GRAPH_NODES), any(), eq(GraphNode.class))).thenAnswer(call -> {
            NeighbourhoodService.NodeSelection ids = call.getArgument(1);
            List<GraphNode> nodes = new ArrayList<>();
            ids.units().forEach(key -> nodes.add(node("U:" + key, "unit")));
            ids.tasks().forEach(id -> nodes.add(node("T:" + id, "task")));
            return nodes;
        });
    }

    private static GraphNode node(String id, String type) {
        return new GraphNode(id, type, id, null, "随州", 0, 0, 0, false, null, null, null, false, List.of(), null, null);
    }

    @Test
    void capsTheNeighboursOfOneNodeAndCountsTheRest() {
        star(10);
        GraphView view = service(300, 4).neighbourhood("市发改委", null, 1, null);
        assertThat(view.nodes()).hasSize(5);
        assertThat(view.links()).hasSize(4);
        assertThat(view.hidden()).containsEntry("U:随州/市发改委", 6);
        assertThat(view.truncated()).isTrue();
    }

    @Test
    void showMoreLiftsTheCapButNotTheBudget() {
        star(10);
        assertThat(service(300, 4).neighbourhood("市发改委", null, 1, 100).nodes()).hasSize(11);
        GraphView budgeted = service(6, 4).neighbourhood("市发改委", null, 1, 100);
        assertThat(budgeted.nodes()).hasSize(6);
        assertThat(budgeted.truncated()).isTrue();
    }

    @Test
    void theWholeCityOverTheBudgetIsDrawnAsUnitsOnly() {
        when(search.size(null)).thenReturn(259L);
        when(reader.list(eq(NeighbourhoodService.GRAPH_NODES), any(), eq(GraphNode.class))).thenReturn(List.of(node("U:a", "unit")));
        when(reader.list(eq(NeighbourhoodService.UNIT_OVERVIEW), any(), any())).thenReturn(List.of());
        GraphView view = service(100, 40).whole(false, null);
        assertThat(view.mode()).isEqualTo("units");
        assertThat(view.truncated()).isTrue();
        assertThat(view.budget()).isEqualTo(100);
    }

    @Test
    void theWholeCityWithinTheBudgetIsDrawnWhole() {
        when(search.size(null)).thenReturn(259L);
        when(reader.list(eq(NeighbourhoodService.GRAPH_NODES), any(), eq(GraphNode.class))).thenReturn(List.of(node("U:a", "unit")));
        when(reader.list(eq(NeighbourhoodService.WHOLE_GRAPH_LINKS), any(), any())).thenReturn(List.of());
        assertThat(service(300, 40).whole(false, null).mode()).isEqualTo("whole");
    }
}
