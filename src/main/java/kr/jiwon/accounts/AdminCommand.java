package kr.jiwon.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Role;

/**
 * The first administrator of a fresh database (PostgreSQL in production has no demo accounts and no default
 * password): {@code java -jar target/jiwon.jar admin create --username root --email root@agency.go.kr [--name 이름]}
 * with the database options of the running platform ({@code --spring.profiles.active=postgres} and the
 * {@code JIWON_DB_*} environment). The password is read from {@code JIWON_ADMIN_PASSWORD} or, without it, from the
 * first line of standard input — never from the command line, where it would stay in the shell's history.
 */
public final class AdminCommand {

    static final int MIN_ADMIN_PASSWORD = PasswordPolicy.MIN_LENGTH;
    private static final List<String> OWN = List.of("--username", "--email", "--name");

    private AdminCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length >= 1 && "admin".equals(args[0]);
    }

    /** The arguments meant for Spring (every option that is not the command's own). */
    public static String[] springArgs(String[] args) {
        return Arrays.stream(args).skip(2).filter(a -> a.startsWith("--") && OWN.stream().noneMatch(
                o -> a.equals(o) || a.startsWith(o + "="))).filter(a -> a.contains("=")).toArray(String[]::new);
    }

    /** Runs the command on a started platform; 0 when the administrator exists afterwards as asked, else 1 or 2. */
    public static int run(String[] args, AccountManagement accounts, AuditLog audit, String passwordFromEnv,
            BufferedReader in, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> options = options(args);
        if (args.length < 2 || !"create".equals(args[1]) || !options.containsKey("--username")
                || !options.containsKey("--email")) {
            err.println("사용법: java -jar jiwon.jar admin create --username <아이디> --email <이메일> [--name <이름>]"
                    + " [--spring.profiles.active=postgres]");
            err.println("비밀번호는 환경변수 JIWON_ADMIN_PASSWORD 또는 표준 입력의 첫 줄로 받습니다.");
            return 2;
        }
        String password = passwordFromEnv != null && !passwordFromEnv.isEmpty() ? passwordFromEnv : in.readLine();
        if (password == null || password.length() < MIN_ADMIN_PASSWORD) {
            err.println("관리자 비밀번호는 " + MIN_ADMIN_PASSWORD + "자 이상이어야 합니다.");
            return 1;
        }
        String username = options.get("--username");
        try {
            Account admin = accounts.create(new NewAccount(username, options.get("--email"), password,
                    options.getOrDefault("--name", "관리자"), Role.ADMIN, null, null));
            audit.recordChange(new Actor("cli", "SYSTEM", null), "ADMIN_CREATE", "ACCOUNT", admin.id(),
                    admin.username());
            out.println("관리자 계정을 만들었습니다: " + admin.username());
            return 0;
        } catch (InvalidInputException e) {
            for (FieldViolation v : e.violations()) {
                err.println(v.field() + ": " + switch (v.messageKey()) {
                    case "account.duplicate" -> "이미 있는 아이디입니다.";
                    case "account.username" -> "아이디는 3~100자의 영문·숫자·기호(. _ @ + -)입니다.";
                    case "account.passwordTooShort" -> "비밀번호는 " + PasswordPolicy.MIN_LENGTH + "자 이상이어야 합니다.";
                    case "account.passwordGuessable" -> "흔히 쓰이거나 추측하기 쉬운 비밀번호입니다."
                            + " 여러 낱말을 이은 긴 문장처럼 짐작하기 어려운 것으로 정해 주세요.";
                    default -> v.messageKey();
                });
            }
            return 1;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String a = args[i];
            for (String o : OWN) {
                if (a.startsWith(o + "=")) {
                    out.put(o, a.substring(o.length() + 1));
                } else if (a.equals(o) && i + 1 < args.length) {
                    out.put(o, args[++i]);
                }
            }
        }
        return out;
    }
}
