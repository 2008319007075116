package org.respnet;

import org.respnet.synthetic.NoticeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** RespNet: a city's task-decomposition notice as a graph of tasks, leaders and units. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RespNetApplication {

    /** Runs the application, or with {@code generate …} first writes synthetic notices and exits. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("generate")) {
            NoticeGenerator.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(RespNetApplication.class, args);
    }
}
