// Starts an embedded Neo4j Community DBMS with Bolt on 127.0.0.1, for development and tests on a
// machine without Docker. Run from the project with the jars resolved by pom.xml:
//
//   java <jvm flags> -cp 'scripts/neo4j/lib/*' scripts/neo4j/Launcher.java --data DIR --port 7687 \
//        --config scripts/neo4j/neo4j.conf --password-file FILE
//
// Bolt requires the user neo4j and the password in FILE (set on every start, so the file is the
// truth). The rest of the configuration is neo4j.conf beside this file: LOAD CSV may not read local
// files and its import folder is empty; a transaction that runs too long or holds too much memory
// fails alone instead of taking the JVM with it.
//
// Prints "NEO4J READY bolt://127.0.0.1:<port>" once the database accepts work, and stops cleanly
// on SIGTERM or SIGINT, printing "NEO4J STOPPED".
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;

public class Launcher {
    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path data = Path.of(options.getOrDefault("data", ".neo4j/data")).toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("port", "7687"));
        String password = Files.readString(Path.of(required(options, "password-file"))).strip();
        Files.createDirectories(data.resolve("import"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .loadPropertiesFromFile(Path.of(required(options, "config")))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.out.println("NEO4J STOPPED");
            System.out.flush();
        }));

        try {
            setPassword(dbms, password);
            // The default database must answer before we call ourselves ready.
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            // Exit, rather than leave a database running that never says it is ready.
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("NEO4J READY bolt://127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }

    /** Embedded code runs with full rights: sets the password Bolt clients must give, unless it is already that. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) throw new IllegalArgumentException("--" + name + " is required");
        return value;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --name value, got " + args[i]);
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
