package kr.jiwon.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean the database is out of reach (503) and which are a query's own error (as before). */
class DatabaseOutageTests {

    @Test
    void aLostOrRefusedConnectionIsAnOutageAndAQuerysOwnErrorIsNot() {
        assertThat(DatabaseOutage.outage(new CannotGetJdbcConnectionException("pool",
                new SQLException("Connection refused", "08001")))).isTrue();
        assertThat(DatabaseOutage.outage(new RuntimeException(new SQLException(
                "terminating connection due to administrator command", "57P01")))).isTrue();
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("This connection has been closed.", "08003"));
        assertThat(DatabaseOutage.outage(rollback)).as("a rollback that failed on a cut connection").isTrue();
        // what Hikari says of a connection the server cut ("Connection is closed", no SQL state), with the query's
        // own failure kept as the application exception
        TransactionSystemException hikari = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        hikari.initApplicationException(new RuntimeException(new SQLException(
                "An I/O error occurred while sending to the backend.", "08006")));
        assertThat(DatabaseOutage.outage(hikari)).isTrue();
        assertThat(DatabaseOutage.outage(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseOutage.outage(new IllegalStateException("bug"))).isFalse();
    }
}
