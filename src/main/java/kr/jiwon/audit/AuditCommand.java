package kr.jiwon.audit;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * {@code java -jar target/jiwon.jar audit verify [--expect-head=SEQ:HASH]} with the database options of the running
 * platform: walks the audit log's hash chain and prints what does not hold (an altered or deleted entry, a deleted
 * seal), the number of entries not sealed yet, and the head to record elsewhere; given a head recorded earlier, also
 * checks that its seal is still there unchanged (so a cut-off end is found too). Exit code 0 when intact, 3 when not,
 * 2 on wrong use.
 */
public final class AuditCommand {

    private AuditCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length >= 1 && "audit".equals(args[0]);
    }

    /** The arguments meant for Spring (every option that is not the command's own). */
    public static String[] springArgs(String[] args) {
        return Arrays.stream(args).skip(1).filter(a -> a.startsWith("--") && !a.startsWith("--expect-head"))
                .filter(a -> a.contains("=")).toArray(String[]::new);
    }

    public static int run(String[] args, AuditChain chain, MessageSource messages, PrintStream out, PrintStream err) {
        if (args.length < 2 || !"verify".equals(args[1])) {
            err.println("사용법: java -jar jiwon.jar audit verify [--expect-head=<봉인번호>:<해시>]"
                    + " [--spring.profiles.active=postgres]");
            return 2;
        }
        Optional<String> expect = Arrays.stream(args).filter(a -> a.startsWith("--expect-head="))
                .map(a -> a.substring("--expect-head=".length())).findFirst();
        if (expect.isPresent() && !expect.get().matches("\\d+:[0-9a-f]{64}")) {
            err.println("--expect-head 는 <봉인번호>:<64자리 해시> 형식입니다.");
            return 2;
        }
        AuditChain.Report report = chain.verify();
        java.util.List<String> problems = new java.util.ArrayList<>();
        report.problems().forEach(p -> problems.add(messages.getMessage(p.messageKey(), p.args(), Locale.KOREAN)));
        expect.ifPresent(head -> {
            long seq = Long.parseLong(head.substring(0, head.indexOf(':')));
            String hash = head.substring(head.indexOf(':') + 1);
            Optional<String> now = chain.sealHash(seq);
            if (now.isEmpty()) {
                problems.add(messages.getMessage("auditChain.headMissing", new Object[]{seq}, Locale.KOREAN));
            } else if (!now.get().equals(hash)) {
                problems.add(messages.getMessage("auditChain.headChanged", new Object[]{seq}, Locale.KOREAN));
            }
        });
        out.println(messages.getMessage("auditChain.summary", new Object[]{report.checked(), report.headSeq()},
                Locale.KOREAN));
        if (problems.isEmpty()) {
            out.println(messages.getMessage("auditChain.intact", null, Locale.KOREAN));
        } else {
            out.println(messages.getMessage("auditChain.problems", new Object[]{problems.size()}, Locale.KOREAN));
            problems.forEach(p -> out.println("  " + p));
        }
        if (report.unsealed() > 0) {
            out.println(messages.getMessage("auditChain.unsealed", new Object[]{report.unsealed()}, Locale.KOREAN));
        }
        out.println(messages.getMessage("auditChain.head", new Object[]{report.headSeq() + ":" + report.headHash()},
                Locale.KOREAN));
        return problems.isEmpty() ? 0 : 3;
    }
}
