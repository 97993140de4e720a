package kr.jiwon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the Jiwon platform. */
@SpringBootApplication
public class JiwonPlatform {
    public static void main(String[] args) {
        SpringApplication.run(JiwonPlatform.class, args);
    }
}
