package org.respnet.explore;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.respnet.graph.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The explorer's and the export's own rules, with the services mocked: focus or whole city, depth bounds, 404. */
@WebMvcTest({GraphController.class, GraphExportController.class})
@WithMockUser
class ExploreControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NeighbourhoodService graph;

    @MockitoBean
    SearchIndex search;

    @MockitoBean
    GraphExport export;

    @Test
    void withoutAFocusTheWholeCityIsDrawn() throws Exception {
        mvc.perform(get("/api/graph")).andExpect(status().isOk());
        mvc.perform(get("/api/graph").param("focus", " ").param("view", "units")).andExpect(status().isOk());
        mvc.perform(get("/api/graph").param("city", "随州（2025年）")).andExpect(status().isOk());

        verify(graph).whole(false, null);
        verify(graph).whole(true, null);
        verify(graph).whole(false, "随州（2025年）");
    }

    @Test
    void aFocusIsExpandedToTheDepthAndLimitAsked() throws Exception {
        mvc.perform(get("/api/graph").param("focus", "市发改委").param("depth", "2").param("limit", "5"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/graph").param("focus", "市发改委").param("city", "随州（2025年）")).andExpect(status().isOk());

        verify(graph).neighbourhood("市发改委", null, 2, 5);
        verify(graph).neighbourhood("市发改委", "随州（2025年）", 1, null);
    }

    @Test
    void anUnknownFocusIsNotFound() throws Exception {
        when(graph.neighbourhood("没有", null, 1, null)).thenThrow(new NotFoundException("node", "没有"));

        mvc.perform(get("/api/graph").param("focus", "没有")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.error").value("没有找到单位、领导或任务“没有”"));
    }

    @Test
    void exportsKeepTheirDepthBetweenZeroAndTen() throws Exception {
        when(export.export(GraphExport.Format.GEXF, "市发改委", 10)).thenReturn(new byte[0]);
        when(export.export(GraphExport.Format.GRAPHML, null, 0)).thenReturn(new byte[0]);

        mvc.perform(get("/api/export/graph.gexf").param("focus", "市发改委").param("depth", "99"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"respnet.gexf\""));
        mvc.perform(get("/api/export/graph.graphml").param("focus", "").param("depth", "-2"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/graphml+xml"));

        verify(export).export(GraphExport.Format.GEXF, "市发改委", 10);
        verify(export).export(GraphExport.Format.GRAPHML, null, 0);
    }

    @Test
    void searchPassesTheQueryAndTheNoticeOn() throws Exception {
        mvc.perform(get("/api/search").param("q", "fgw")).andExpect(status().isOk());
        mvc.perform(get("/api/search")).andExpect(status().isOk());
        mvc.perform(get("/api/search").param("q", "17").param("city", "随州（2025年）")).andExpect(status().isOk());

        verify(search).suggest("fgw", null);
        verify(search).suggest("", null);
        verify(search).suggest("17", "随州（2025年）");
    }
}
