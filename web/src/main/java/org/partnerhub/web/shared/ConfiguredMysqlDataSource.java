package org.partnerhub.web.shared;

import com.mysql.cj.jdbc.MysqlDataSource;

/**
 * Connector/J's data source, as {@link DataSourceConfig} names it, except for one case: an empty password. MicroProfile
 * Config treats an empty value as a missing one, so with {@code DB_PASSWORD=} (a local MariaDB whose root has no
 * password, as the README's test setup has) the server cannot resolve {@code ${MPCONFIG=db.password}} and hands the
 * placeholder itself over as the password. An unresolved placeholder is therefore read as "no password" — the only
 * meaning an unset or empty {@code DB_PASSWORD} can have.
 */
public class ConfiguredMysqlDataSource extends MysqlDataSource {

    private static final long serialVersionUID = 1L;
    static final String UNRESOLVED = "${MPCONFIG=";

    @Override
    public void setPassword(String password) {
        super.setPassword(password == null || password.startsWith(UNRESOLVED) ? "" : password);
    }
}
