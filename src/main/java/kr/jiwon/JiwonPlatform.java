package kr.jiwon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the Jiwon platform. */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class JiwonPlatform {

    public static void main(String[] args) {
        if (kr.jiwon.matching.MatchCommand.handles(args)) {
            System.exit(new kr.jiwon.matching.MatchCommand(System.out, System.err).run(args));
        }
        if (kr.jiwon.selection.SelectCommand.handles(args)) {
            System.exit(new kr.jiwon.selection.SelectCommand(System.out, System.err).run(args));
        }
        SpringApplication.run(JiwonPlatform.class, args);
    }
}
