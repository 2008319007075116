package org.respnet.documents;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.respnet.ingest.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Uploads with the import mocked: the size limit (413) before anything is read, and a rejection (422). */
@WebMvcTest(controllers = DocumentController.class, properties = "respnet.import.max-document-size=16B")
@EnableConfigurationProperties(ImportFolderProperties.class)
@WithMockUser(roles = "EDITOR")
class DocumentControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DocumentService documents;

    @MockitoBean
    DocumentLedger ledger;

    @MockitoBean
    DocumentRemoval removal;

    @Test
    void aBodyOverTheLimitIsTooLargeAndNotImported() throws Exception {
        mvc.perform(post("/api/documents").with(csrf()).contentType(MediaType.TEXT_PLAIN)
                        .content(new byte[17]))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.error", Matchers.containsString("文件过大")));
        mvc.perform(multipart("/api/documents").file(new MockMultipartFile("file", "big.txt", "text/plain", new byte[17]))
                        .with(csrf()))
                .andExpect(status().isContentTooLarge());

        verify(documents, never()).importBytes(any(), anyString(), anyBoolean());
    }

    @Test
    void aRejectedDocumentIsUnprocessableWithEveryProblem() throws Exception {
        when(documents.importBytes(any(), anyString(), anyBoolean(), any())).thenThrow(
                new DocumentRejectedException("upload.txt", List.of(new Problem(3, "牵头单位缺失")), List.of()));

        mvc.perform(post("/api/documents").with(csrf()).contentType(MediaType.TEXT_PLAIN).content(new byte[4]))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value("文件未能读取，未导入任何内容"))
                .andExpect(jsonPath("$.error").value("文件未能读取，未导入任何内容"))
                .andExpect(jsonPath("$.problems[0].line").value(3))
                .andExpect(jsonPath("$.problems[0].message").value("牵头单位缺失"));
    }

    @Test
    void aReadingThePreviewCouldNotHaveSentIsRefusedInChineseBeforeAnythingIsRead() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "a.txt", "text/plain", new byte[4]);
        mvc.perform(multipart("/api/documents").file(file).param("reading",
                        "{\"tables\": [{\"header\": [\"序号\", \"工作任务\"], \"roles\": [\"\", \"BOSS\"]}]}").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("列的角色「BOSS」无法识别")));
        mvc.perform(multipart("/api/documents").file(file).param("reading", "{not json").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("读法（reading）不是有效的 JSON")));
        org.mockito.Mockito.verifyNoInteractions(documents);
    }
}
