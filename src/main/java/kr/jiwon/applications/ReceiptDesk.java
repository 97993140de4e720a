package kr.jiwon.applications;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out receipt numbers without gaps, in batches. A submission is first committed as SUBMITTED without a
 * number; this desk then numbers every unnumbered submission of the call in one transaction that locks the call's
 * counter row, and only after that commit is the number returned to the applicant. So a receipt is never shown
 * before it is stored, numbers never have gaps (a batch commits all its numbers or none), and under a deadline
 * rush thousands of submissions share a handful of counter transactions instead of queueing one by one on the
 * counter row. Works across instances: a desk numbers whatever is unnumbered, whoever submitted it, and waiting
 * requests also look in the database. Submissions left unnumbered by a crash are numbered at start-up.
 */
@Component
class ReceiptDesk implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReceiptDesk.class);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ReceiptNumbers numbers;
    private final LinkedBlockingQueue<Long> callsToNumber = new LinkedBlockingQueue<>();
    private final Map<Long, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
    private volatile Thread worker;
    private volatile boolean running;

    ReceiptDesk(JdbcTemplate jdbc, TransactionTemplate tx, ReceiptNumbers numbers) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.numbers = numbers;
    }

    /** Registers interest in an application's number; call before committing its submission. */
    CompletableFuture<String> expect(long applicationId) {
        return waiting.computeIfAbsent(applicationId, id -> new CompletableFuture<>());
    }

    /** Drops interest in a number that will not come (the submission was refused). */
    void forget(long applicationId, CompletableFuture<String> future) {
        waiting.remove(applicationId, future);
    }

    /** Asks for the call's unnumbered submissions to be numbered (after the submission committed). */
    void request(long callId) {
        callsToNumber.offer(callId);
    }

    /** Waits for the application's receipt number; looks in the database too, in case another instance numbered it. */
    String await(long applicationId, CompletableFuture<String> future) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                try {
                    return future.get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    String stored = stored(applicationId);
                    if (stored != null) {
                        return stored;
                    }
                }
            }
            throw new IllegalStateException("no receipt number for application " + applicationId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            waiting.remove(applicationId, future);
        }
    }

    private String stored(long applicationId) {
        List<String> r = jdbc.queryForList("select receipt_number from application where id = ?", String.class,
                applicationId);
        return r.isEmpty() ? null : r.get(0);
    }

    private void work() {
        while (running) {
            try {
                Long callId = callsToNumber.poll(200, TimeUnit.MILLISECONDS);
                if (callId == null) {
                    continue;
                }
                Set<Long> calls = new java.util.HashSet<>(List.of(callId));
                Long more;
                while ((more = callsToNumber.poll()) != null) {
                    calls.add(more);
                }
                calls.forEach(this::numberCall);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Numbering receipts failed; will retry on the next request", e);
            }
        }
    }

    /** Numbers every unnumbered submission of the call, oldest first, in one transaction. */
    void numberCall(long callId) {
        Map<Long, String> assigned = tx.execute(status -> numbers.numberPending(callId));
        if (assigned != null) {
            assigned.forEach((id, receipt) -> {
                CompletableFuture<String> f = waiting.get(id);
                if (f != null) {
                    f.complete(receipt);
                }
            });
        }
    }

    @Override
    public void start() {
        running = true;
        jdbc.queryForList("select distinct call_id from application where status = 'SUBMITTED' "
                + "and receipt_number is null", Long.class).forEach(this::numberCall);
        worker = new Thread(this::work, "receipt-desk");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
