package org.respnet.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.respnet.followup.FollowUpService;
import org.respnet.graph.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The responsibility endpoints' own rules, with the queries mocked: filters, paging and clamping, 404, downloads. */
@WebMvcTest(ResponsibilityController.class)
@WithMockUser
class ResponsibilityControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ResponsibilityQueries queries;

    @MockitoBean
    TaskLedgerExport export;

    @MockitoBean
    FollowUpService followUp;

    @Test
    void theLedgerReadsBlankFiltersAsNoFilterAndClampsItsPage() throws Exception {
        mvc.perform(get("/api/tasks").param("unit", " 市发改委 ").param("leader", "").param("q", "  ")
                .param("offset", "-7").param("limit", "20000")).andExpect(status().isOk());
        mvc.perform(get("/api/tasks").param("coLed", "true").param("limit", "0")).andExpect(status().isOk());
        mvc.perform(get("/api/tasks")).andExpect(status().isOk());

        ArgumentCaptor<TaskFilter> filters = ArgumentCaptor.forClass(TaskFilter.class);
        verify(queries, org.mockito.Mockito.times(3)).tasks(filters.capture());
        assertThat(filters.getAllValues()).containsExactly(
                new TaskFilter("市发改委", null, null, null, null, false, 0, 10_000, null, null, null, null),
                new TaskFilter(null, null, null, null, null, true, 0, 1, null, null, null, null),
                new TaskFilter(null, null, null, null, null, false, 0, 500, null, null, null, null));
    }

    @Test
    void rankedListsArePagedByAtMostAThousand() throws Exception {
        mvc.perform(get("/api/units").param("limit", "1001").param("offset", "-1")).andExpect(status().isOk());
        mvc.perform(get("/api/units").param("expand", "true").param("city", "随州")).andExpect(status().isOk());
        mvc.perform(get("/api/leaders").param("offset", "10").param("limit", "-5")).andExpect(status().isOk());

        verify(queries).units(false, null, 0, 1000);
        verify(queries).units(true, "随州", 0, 100);
        verify(queries).leaders(null, 10, 0);
    }

    @Test
    void anUnknownUnitIsNotFoundAsAProblemDetail() throws Exception {
        when(queries.unit("没有这个单位", null)).thenThrow(new NotFoundException("unit", "没有这个单位"));

        mvc.perform(get("/api/units/{name}", "没有这个单位"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("没有找到"))
                .andExpect(jsonPath("$.detail").value("没有找到单位“没有这个单位”"))
                .andExpect(jsonPath("$.error").value("没有找到单位“没有这个单位”"))
                .andExpect(jsonPath("$.instance").value("/api/units/%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA%E5%8D%95%E4%BD%8D"));
    }

    @Test
    void downloadsHoldTheWholeFilteredLedgerAsAnAttachment() throws Exception {
        when(queries.tasks(any())).thenReturn(List.of());
        when(export.csv(List.of())).thenReturn("编号\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        mvc.perform(get("/api/tasks.csv").param("unit", "市发改委"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));

        verify(queries).tasks(new TaskFilter("市发改委", null, null, null, null, false, 0, 10_000, null, null, null, null));
    }

    @Test
    void aPairsTasksAndAUnitsRoleAreFiltersAndADownloadIsNamedAfterThem() throws Exception {
        when(queries.tasks(any())).thenReturn(List.of());
        when(export.xlsx(List.of())).thenReturn(new byte[0]);

        mvc.perform(get("/api/tasks").param("leadUnits", "市住建局,市国投集团")).andExpect(status().isOk());
        mvc.perform(get("/api/tasks.xlsx").param("leader", "吴丕华").param("unit", "市发改委").param("role", "lead"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        java.net.URLEncoder.encode("任务台账-吴丕华-市发改委牵头.xlsx", java.nio.charset.StandardCharsets.UTF_8))));

        verify(queries).tasks(new TaskFilter(null, null, null, null, null, false, 0, 500, null, null, null,
                List.of("市住建局", "市国投集团")));
        verify(queries).tasks(new TaskFilter("市发改委", "吴丕华", null, null, null, false, 0, 10_000, null, null, "lead",
                null));
    }

    @Test
    void anUnknownRoleIsRefusedInChinese() throws Exception {
        mvc.perform(get("/api/tasks").param("unit", "市发改委").param("role", "boss"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("参数 role 只能是")));
    }
}
