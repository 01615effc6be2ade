-- One row while an import or check runs on this store: who holds it and its last heartbeat. A second run refuses
-- while the heartbeat is fresh; a row whose heartbeat is older than juesuan.lock.stale-after (a killed run) is
-- taken over. Runs unchanged on H2 and MySQL 8 / MariaDB 10.11.
CREATE TABLE IF NOT EXISTS run_lock (
    name         VARCHAR(20)  NOT NULL PRIMARY KEY,
    owner        VARCHAR(200) NOT NULL,
    acquired_at  TIMESTAMP    NOT NULL,
    heartbeat_at TIMESTAMP    NOT NULL
);
