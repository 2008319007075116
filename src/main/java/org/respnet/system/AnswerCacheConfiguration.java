package org.respnet.system;

import org.respnet.graph.GraphVersion;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The answer cache as a servlet filter of the whole application (after Spring Security, like any component). */
@Configuration(proxyBeanMethods = false)
class AnswerCacheConfiguration {

    @Bean
    AnswerCache answerCache(GraphVersion version, AnswerCacheProperties properties) {
        return new AnswerCache(version, properties);
    }
}
