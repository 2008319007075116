package org.respnet.supervision;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The supervision endpoints' own rules, with the queries mocked: parameter checks, the matrix's city rule, paging. */
@WebMvcTest(SupervisionController.class)
@WithMockUser
class SupervisionControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SupervisionQueries queries;

    @Test
    void matrixReadsTheRoleInAnyCase() throws Exception {
        when(queries.cities()).thenReturn(1L);

        mvc.perform(get("/api/matrix/leader-unit").param("role", " ANY ")).andExpect(status().isOk());
        mvc.perform(get("/api/matrix/leader-unit")).andExpect(status().isOk());

        verify(queries).leaderUnitMatrix(SupervisionQueries.Role.ANY, null);
        verify(queries).leaderUnitMatrix(SupervisionQueries.Role.LEAD, null);
    }

    @Test
    void anUnknownRoleIsABadRequestAsAProblemDetail() throws Exception {
        mvc.perform(get("/api/matrix/leader-unit").param("role", "boss"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("参数 role 只能是 lead（牵头）或 any（牵头或责任），收到的是“boss”"))
                .andExpect(jsonPath("$.error").value("参数 role 只能是 lead（牵头）或 any（牵头或责任），收到的是“boss”"));
        verify(queries, never()).leaderUnitMatrix(any(), any());
    }

    @Test
    void theMatrixNeedsACityWhenTheGraphHoldsSeveral() throws Exception {
        when(queries.cities()).thenReturn(2L);

        mvc.perform(get("/api/matrix/leader-unit")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(SupervisionController.SEVERAL_NOTICES));
        mvc.perform(get("/api/matrix/leader-unit").param("city", "  ")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/matrix/leader-unit").param("city", " 随州 ")).andExpect(status().isOk());

        verify(queries).leaderUnitMatrix(SupervisionQueries.Role.LEAD, "随州");
    }

    @Test
    void theFlowKeepsItsLinksWithinBoundsAndNeedsACityWhenTheGraphHoldsSeveral() throws Exception {
        when(queries.cities()).thenReturn(1L);

        mvc.perform(get("/api/flow")).andExpect(status().isOk());
        mvc.perform(get("/api/flow").param("leader", " 吴丕华 ").param("top", "100000")).andExpect(status().isOk());
        mvc.perform(get("/api/flow").param("unit", "市发改委").param("top", "0")).andExpect(status().isOk());
        verify(queries).flow(null, null, null, 30);
        verify(queries).flow(null, "吴丕华", null, 500);
        verify(queries).flow(null, null, "市发改委", 1);

        when(queries.cities()).thenReturn(2L);
        mvc.perform(get("/api/flow")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/flow").param("city", "随州")).andExpect(status().isOk());
        verify(queries).flow("随州", null, null, 30);
    }

    @Test
    void oneCityNeedsNoCity() throws Exception {
        when(queries.cities()).thenReturn(1L);

        mvc.perform(get("/api/matrix/leader-unit")).andExpect(status().isOk());

        verify(queries).leaderUnitMatrix(SupervisionQueries.Role.LEAD, null);
    }

    @Test
    void bottlenecksRankUnitsOrGroupsAndNothingElse() throws Exception {
        mvc.perform(get("/api/bottlenecks")).andExpect(status().isOk());
        mvc.perform(get("/api/bottlenecks").param("kind", "Group")).andExpect(status().isOk());
        mvc.perform(get("/api/bottlenecks").param("kind", "leader")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("参数 kind 只能是 unit（单位）或 group（单位组），收到的是“leader”"));

        verify(queries).bottlenecks(false, null, 0, 100);
        verify(queries).bottlenecks(true, null, 0, 100);
        verify(queries, times(2)).bottlenecks(anyBoolean(), any(), anyInt(), anyInt());
    }

    @Test
    void pagesAreClampedToAThousandFromOffsetZero() throws Exception {
        mvc.perform(get("/api/conflicts/co-lead").param("limit", "5000").param("offset", "-3"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/communities").param("city", "随州").param("limit", "20").param("offset", "40"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/bottlenecks").param("limit", "1001")).andExpect(status().isOk());

        verify(queries).coLeadConflicts(null, 0, 1000);
        verify(queries).communities("随州", 40, 20);
        verify(queries).bottlenecks(false, null, 0, 1000);
    }

    @Test
    void aPageParameterThatIsNoNumberIsABadRequest() throws Exception {
        mvc.perform(get("/api/communities").param("limit", "many")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(queries, never()).communities(isNull(), anyInt(), anyInt());
    }
}
