package org.respnet.console;

import java.util.List;

/** Queries an attacker or a careless user might send to the console; none of them may change the graph. */
final class HostilePayloads {

    /** A named payload, so a failure says which one got through. */
    record Payload(String name, String query) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The review of issue 15: each got through or hung the server before. */
    static final List<Payload> ISSUE_15 = List.of(
            new Payload("unicode-escaped dbms.queryJmx", "CALL \\u0064bms.queryJmx('java.lang:type=Runtime')"),
            new Payload("unicode-escaped LOAD CSV from a local web page",
                    "WITH 1 AS x \\u004cOAD CSV FROM 'http://127.0.0.1:8899/secret' AS l RETURN l"),
            new Payload("unicode escape closing a string", "RETURN 'a\\u0027 AS a, 1 AS b //' AS x"),
            new Payload("dbms.listConnections", "CALL dbms.listConnections()"),
            new Payload("dbms.killConnections", "CALL dbms.killConnections(['bolt-1'])"),
            new Payload("fleetManagement", "CALL fleetManagement.status()"),
            new Payload("db.stats.retrieve", "CALL db.stats.retrieve('QUERIES')"),
            new Payload("db.stats in subquery", "CALL () { CALL db.stats.retrieve('QUERIES') YIELD data RETURN data } RETURN data"),
            new Payload("show transactions", "SHOW TRANSACTIONS"),
            new Payload("terminate transactions", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"),
            new Payload("load csv over http", "LOAD CSV FROM 'http://127.0.0.1:8899/' AS l RETURN l"),
            new Payload("reduce over a huge range", "RETURN reduce(s = \"\", x IN range(1, 100000000) | s + \"x\")"),
            new Payload("list nested 200 levels", "RETURN " + "[".repeat(200) + "1" + "]".repeat(200)),
            new Payload("nested comprehension", "RETURN size([a IN range(1,2000) | size([b IN range(1,2000) | b])])"),
            new Payload("range from a parameter-free expression", "UNWIND range(1, toInteger('100000000')) AS x RETURN x"),
            new Payload("huge range answer", "UNWIND range(1,1000) AS i RETURN range(1,20000)"));

    static final List<Payload> ALL = List.of(
            new Payload("create node", "CREATE (n:Evil {x: 1}) RETURN n"),
            new Payload("merge node", "MERGE (u:Unit {key: 'x/evil'}) RETURN u"),
            new Payload("set property", "MATCH (u:Unit) SET u.name = 'hacked' RETURN count(u)"),
            new Payload("detach delete", "MATCH (u:Unit) DETACH DELETE u"),
            new Payload("delete task", "MATCH (t:Task) DELETE t"),
            new Payload("remove property", "MATCH (u:Unit) REMOVE u.name"),
            new Payload("remove label", "match (u:Unit) remove u:Unit return count(*)"),
            new Payload("foreach create", "MATCH (n:Unit) FOREACH (x IN [1] | CREATE (:Evil))"),
            new Payload("subquery write", "MATCH (n:Unit) CALL (n) { SET n.x = 1 } RETURN count(*)"),
            new Payload("gql insert", "INSERT (:Evil {x: 1})"),
            new Payload("load csv file", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"),
            new Payload("load csv lower case", "load csv with headers from \"file:///etc/passwd\" as row return row"),
            new Payload("load csv in subquery", "CALL { LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l } RETURN l"),
            new Payload("dbms list config", "CALL dbms.listConfig()"),
            new Payload("dbms create user", "CALL dbms.security.createUser('evil', 'password', false)"),
            new Payload("dbms components", "CALL dbms.components() YIELD name RETURN name"),
            new Payload("backtick dbms", "CALL `dbms`.`listConfig`() YIELD name RETURN name"),
            new Payload("db create label", "CALL db.createLabel('Evil')"),
            new Payload("backtick db create", "CALL `db`.`createProperty`('evil')"),
            new Payload("apoc procedure", "MATCH (n:Unit) CALL apoc.create.node(['Evil'], {}) YIELD node RETURN node"),
            new Payload("apoc function", "RETURN apoc.version()"),
            new Payload("in transactions", "CALL { CREATE (:Evil) } IN TRANSACTIONS"),
            new Payload("in transactions of rows",
                    "UNWIND range(1, 10) AS i CALL (i) { CREATE (:Evil {i: i}) } IN TRANSACTIONS OF 2 ROWS"),
            new Payload("two statements", "MATCH (n) RETURN count(n); CREATE (:Evil)"),
            new Payload("two statements delete", "RETURN 1;MATCH (n) DETACH DELETE n"),
            new Payload("semicolon after comment", "MATCH (n) RETURN n /* ok */ ; CREATE (:Evil)"),
            new Payload("block comment hides write", "MATCH (n:Unit) /* just reading */ CREATE (m:Evil)"),
            new Payload("line comment hides write", "MATCH (n:Unit) // just reading\nCREATE (:Evil)"),
            new Payload("write after string with keyword", "WITH 'MATCH' AS m CREATE (:Evil {m: m})"),
            new Payload("full-width create", "ＣＲＥＡＴＥ (:Evil)"),
            new Payload("zero-width in keyword", "CRE\u200BATE (:Evil)"),
            new Payload("no-break space", "MATCH (n:Unit)\u00A0DETACH DELETE n"),
            new Payload("right-to-left override", "MATCH (n:Unit) \u202ERETURN n"),
            new Payload("unterminated string", "RETURN 'abc"),
            new Payload("explain create", "EXPLAIN CREATE (:Evil)"),
            new Payload("profile set", "PROFILE MATCH (u:Unit) SET u.x = 1"),
            new Payload("cypher options prefix", "CYPHER runtime=slotted CREATE (:Evil)"),
            new Payload("create database", "CREATE DATABASE evil"),
            new Payload("show users", "SHOW USERS"),
            new Payload("use system", "USE system SHOW DATABASES"),
            new Payload("drop constraint", "DROP CONSTRAINT document_sha256"),
            new Payload("create index", "CREATE INDEX evil FOR (n:Evil) ON (n.x)"),
            new Payload("grant", "GRANT ROLE admin TO neo4j"),
            new Payload("terminate", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"),
            new Payload("cartesian product", "MATCH (a:Task), (b:Task), (c:Task), (d:Task), (e:Task) WHERE a <> e RETURN count(*)"),
            new Payload("variable-length paths", "MATCH p = (a)-[*]-(b) RETURN count(p)"),
            new Payload("huge unwind sorted", "UNWIND range(1, 100000000) AS x WITH x ORDER BY x DESC RETURN x"),
            new Payload("huge unwind collected", "UNWIND range(1, 100000000) AS x RETURN size(collect(x))"));

    private HostilePayloads() {
    }
}
