package org.respnet.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * A four-task notice for a city of its own (样例), small enough that every figure is worked out by
 * hand (test resource {@code notices/hand-built.txt}):
 * <pre>
 * 1  张三       lead 甲 乙   responsible 丙
 * 2  张三       lead 乙      responsible 丙 丁
 * 3  李四 张三  lead 丙 丁   responsible 戊
 * 4  李四       lead 甲
 * </pre>
 * Co-assignment links (shared tasks): 甲乙 1, 甲丙 1, 乙丙 2, 乙丁 1, 丙丁 2, 丙戊 1, 丁戊 1.
 */
@RespNetIntegrationTest
@DirtiesContext   // it adds a city to the graph the other classes share
class HandBuiltNoticeIT {

    private static final String CITY = "?city=" + enc("样例");

    @LocalServerPort
    int port;

    private HttpJson http;

    @BeforeEach
    void importNotice() throws IOException {
        http = new HttpJson(port);
        try (InputStream in = getClass().getResourceAsStream("/notices/hand-built.txt")) {
            int status = http.as("editor", TestUsers.EDITOR_PASSWORD).post("/api/documents?name=hand-built.txt", "text/plain", in.readAllBytes()).status();
            assertThat(status).isIn(200, 201);
        }
    }

    @Test
    void coLeadConflictsOfTheSmallNotice() {
        JsonNode body = http.get("/api/conflicts/co-lead" + CITY).body();

        assertThat(body.get("tasks")).extracting(t -> t.get("no").asString()).containsExactly("1", "3");
        // Task 1: 甲's other lead task (4) is 李四's, 乙's (2) is 张三's: different home leaders.
        assertThat(body.get("tasks").get(0).get("crossLeader").asBoolean()).isTrue();
        // Task 3: neither 丙 nor 丁 leads another task, so there is nothing to compare.
        assertThat(body.get("tasks").get(1).get("crossLeader").asBoolean()).isFalse();
        assertThat(body.get("pairs")).extracting(p -> p.get("a").asString() + p.get("b").asString() + p.get("tasks").asLong())
                .containsExactly("市丁局市丙局1", "市乙局市甲局1");
        assertThat(body.get("multiLeaderTasks")).extracting(t -> t.get("no").asString()).containsExactly("3");
    }

    @Test
    void leaderUnitMatrixOfTheSmallNotice() {
        // lead: 张三 甲 1 (1), 乙 2 (1, 2), 丙 1 (3), 丁 1 (3); 李四 甲 1 (4), 丙 1, 丁 1 (3).
        // Rows by row sum (张三 5, 李四 3); columns by fan-in, then column sum, then name (丁 < 丙 < 甲 in Unicode).
        assertThat(cells(http.get("/api/matrix/leader-unit" + CITY + "&role=lead").body()))
                .containsExactly("张三 市丁局 1", "张三 市丙局 1", "张三 市甲局 1", "张三 市乙局 2",
                        "李四 市丁局 1", "李四 市丙局 1", "李四 市甲局 1");
        // any: 张三 甲 1, 乙 2, 丙 3 (1, 2, 3), 丁 2 (2, 3), 戊 1 (3); 李四 甲 1 (4), 丙 1, 丁 1, 戊 1 (3).
        assertThat(cells(http.get("/api/matrix/leader-unit" + CITY + "&role=any").body()))
                .containsExactly("张三 市丙局 3", "张三 市丁局 2", "张三 市戊局 1", "张三 市甲局 1", "张三 市乙局 2",
                        "李四 市丙局 1", "李四 市丁局 1", "李四 市戊局 1", "李四 市甲局 1");
    }

    @Test
    void networkFiguresOfTheSmallNotice() {
        JsonNode units = http.get("/api/units" + CITY).body();

        // Betweenness: {甲, 丁} via 乙 or 丙 (½ each), {甲, 戊} via 丙 (1), {乙, 戊} via 丙 or 丁 (½ each).
        assertThat(figures(units)).containsExactlyInAnyOrder(
                "市甲局 b=0.0 d=2 w=2 fan-in=2",
                "市乙局 b=0.5 d=3 w=4 fan-in=1",
                "市丙局 b=2.0 d=4 w=6 fan-in=2",
                "市丁局 b=0.5 d=3 w=4 fan-in=2",
                "市戊局 b=0.0 d=2 w=2 fan-in=2");
    }

    @Test
    void bottleneckRankingOfTheSmallNotice() {
        JsonNode ranking = http.get("/api/bottlenecks" + CITY).body();

        // Worked out in BottleneckRankingTests: .875, .6375, .625, .5875, .25.
        assertThat(ranking.get("items")).extracting(i -> i.get("name").asString() + " " + i.get("score").asDouble())
                .containsExactly("市丙局 0.875", "市丁局 0.6375", "市甲局 0.625", "市乙局 0.5875", "市戊局 0.25");
        assertThat(ranking.get("maxima").get("betweenness").asDouble()).isEqualTo(2.0);
        assertThat(http.get("/api/bottlenecks" + CITY + "&kind=group").body().get("items").size()).isZero();
    }

    @Test
    void theFiveUnitsFormOneCommunityLedByTheBetterConnectedOfTheBusiestLeads() {
        JsonNode communities = http.get("/api/communities" + CITY).body();

        // One connected component of five; 甲 and 乙 both lead 2 tasks, 乙 has the higher betweenness.
        assertThat(communities.size()).isEqualTo(1);
        assertThat(communities.get(0).get("size").asInt()).isEqualTo(5);
        assertThat(communities.get(0).get("leadUnit").asString()).isEqualTo("市乙局");
    }

    private static List<String> cells(JsonNode matrix) {
        List<String> cells = new ArrayList<>();
        for (JsonNode cell : matrix.get("cells")) {
            cells.add(matrix.get("leaders").get(cell.get(0).asInt()).get("name").asString() + " "
                    + matrix.get("units").get(cell.get(1).asInt()).get("name").asString() + " " + cell.get(2).asLong());
        }
        return cells;
    }

    private static List<String> figures(JsonNode units) {
        List<String> figures = new ArrayList<>();
        units.forEach(u -> figures.add(u.get("name").asString() + " b=" + u.get("betweenness").asDouble() + " d="
                + u.get("degree").asLong() + " w=" + u.get("weightedDegree").asLong() + " fan-in="
                + u.get("leaders").asLong()));
        return figures;
    }
}
