package org.respnet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** RespNet: a city's task-decomposition notice as a graph of tasks, leaders and units. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RespNetApplication {

    public static void main(String[] args) {
        SpringApplication.run(RespNetApplication.class, args);
    }
}
