package org.respnet.console;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

/** A refused console query answers a problem detail with its status, machine-readable {@code reason} and Chinese title. */
@WebMvcTest(ConsoleController.class)
@WithMockUser
class ConsoleControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CypherConsole console;

    @MockitoBean
    NamedQueryExamples examples;

    @Test
    void aRefusedQueryIsAProblemDetailWithItsReason() throws Exception {
        when(console.run(any(), any(), any(), anyBoolean())).thenThrow(new QueryRefusedException(403, "write", "拒绝：控制台只能读"));

        mvc.perform(post("/api/cypher").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\":\"CREATE (n)\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("没有权限"))
                .andExpect(jsonPath("$.detail").value("拒绝：控制台只能读"))
                .andExpect(jsonPath("$.reason").value("write"))
                .andExpect(jsonPath("$.error").value("拒绝：控制台只能读"));
    }

    @Test
    void aBodyThatIsNoJsonIsABadRequest() throws Exception {
        mvc.perform(post("/api/cypher").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("请求有误"))
                .andExpect(jsonPath("$.detail").value("请求的内容无法读取：请发送格式正确的 JSON"))
                .andExpect(jsonPath("$.error").value("请求的内容无法读取：请发送格式正确的 JSON"));
    }
}
