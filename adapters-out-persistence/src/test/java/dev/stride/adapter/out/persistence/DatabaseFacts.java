package dev.stride.adapter.out.persistence;

import io.quarkus.arc.Arc;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** What the running application is really connected to, read from the driver and Hibernate, not from config. */
final class DatabaseFacts {

    private DatabaseFacts() {
    }

    static String productName() {
        try (Connection connection = dataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Dialect dialect() {
        return Arc.container().instance(EntityManagerFactory.class).get()
                .unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
    }

    /** The first column of every row a query returns, as text. */
    static List<String> column(String sql) {
        try (Connection connection = dataSource().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource dataSource() {
        return Arc.container().instance(DataSource.class).get();
    }
}
