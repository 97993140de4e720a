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
        if (kr.jiwon.accounts.AdminCommand.handles(args)) {
            System.exit(admin(args, System.getenv("JIWON_ADMIN_PASSWORD"), System.in, System.out, System.err));
        }
        if (kr.jiwon.audit.AuditCommand.handles(args)) {
            System.exit(audit(args, System.out, System.err));
        }
        // Nori's dictionaries take 1–2 s to load in a cold JVM, on the main thread when the search index is made;
        // loaded on the other core meanwhile, the main thread finds them ready (or waits for the rest)
        Thread dictionaries = new Thread(kr.jiwon.korean.KoreanAnalysis::get, "korean-dictionaries");
        dictionaries.setDaemon(true);
        dictionaries.start();
        SpringApplication.run(JiwonPlatform.class, args);
    }

    /** {@code audit verify …}: the platform started without its web server, the chain checked, the platform stopped. */
    static int audit(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        if (args.length < 2 || !"verify".equals(args[1])) {
            return kr.jiwon.audit.AuditCommand.run(args, null, null, out, err);
        }
        try (org.springframework.context.ConfigurableApplicationContext context = new org.springframework.boot.builder.SpringApplicationBuilder(
                JiwonPlatform.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(kr.jiwon.audit.AuditCommand.springArgs(args))) {
            return kr.jiwon.audit.AuditCommand.run(args, context.getBean(kr.jiwon.audit.AuditChain.class),
                    context.getBean(org.springframework.context.MessageSource.class), out, err);
        }
    }

    /** {@code admin create …}: the platform started without its web server, the command run, the platform stopped. */
    static int admin(String[] args, String passwordFromEnv, java.io.InputStream in, java.io.PrintStream out,
            java.io.PrintStream err) {
        try (org.springframework.context.ConfigurableApplicationContext context = new org.springframework.boot.builder.SpringApplicationBuilder(
                JiwonPlatform.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(kr.jiwon.accounts.AdminCommand.springArgs(args))) {
            return kr.jiwon.accounts.AdminCommand.run(args, context.getBean(kr.jiwon.accounts.AccountManagement.class),
                    context.getBean(kr.jiwon.audit.AuditLog.class), passwordFromEnv,
                    new java.io.BufferedReader(new java.io.InputStreamReader(in,
                            java.nio.charset.StandardCharsets.UTF_8)),
                    out, err);
        } catch (java.io.IOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
