package org.respnet.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryPolicyTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "MATCH (u:Unit) RETURN u.name",
            "MATCH (t:Task) WHERE t.text CONTAINS 'CREATE; DELETE' RETURN t.id",
            "MATCH (n) RETURN n.set, n.created, {create: 1} AS m",
            "OPTIONAL MATCH (u:Unit {name: '市发改委'}) RETURN u;",
            "// which units lead most?\nMATCH (u:Unit)-[:LEADS]->(t) RETURN u.name, count(t)",
            "CALL db.labels() YIELD label RETURN label",
            "EXPLAIN MATCH (n) RETURN n",
            "UNWIND $names AS name RETURN name",
            "MATCH (db:Document) RETURN db.created_at",
            "CYPHER 25 CALL () { WHEN $id IS NULL THEN MATCH (t:Task) RETURN t } RETURN t.id",
            "CYPHER runtime=slotted MATCH (n) RETURN n",
            "MATCH (t:Task) WHERE t.text CONTAINS '=~ replace(' RETURN t.replace"})
    void letsReadQueriesThrough(String query) {
        assertThatCode(() -> QueryPolicy.check(query, 10_000)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MATCH (n) DETACH DELETE n | write",
            "MATCH (n) /* a comment */ SET n.x = 1 | write",
            "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l | load-csv",
            "CALL dbms.listConfig() | procedure",
            "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1 | in-transactions",
            "RETURN 1; RETURN 2 | multiple-statements",
            "SHOW TRANSACTIONS | not-a-read",
            "CYPHER 25 SHOW USERS | not-a-read",
            "'' | empty",
            "WITH 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' AS s RETURN s =~ '((a+)+)+$' | unbounded",
            "RETURN $s =~ $p | unbounded",
            "WITH replace('x', 'x', 'xxxxxxxxxx') AS a RETURN replace(a, 'x', a) | unbounded",
            "RETURN Replace /* hidden */ ('x', 'x', 'xx') | unbounded"})
    void refusesWithAReason(String query, String reason) {
        assertThatThrownBy(() -> QueryPolicy.check(query, 10_000))
                .isInstanceOfSatisfying(QueryRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RETURN 'abc", "RETURN `abc", "RETURN 1 /* never closed"})
    void refusesUnterminatedLiterals(String query) {
        assertThatThrownBy(() -> QueryPolicy.check(query, 10_000)).hasMessageContaining("没有结束");
    }
}
