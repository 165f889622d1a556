// Command docdb runs FerretDB 1.x embedded: a MongoDB wire-protocol server on SQLite
// (default) or PostgreSQL, for Parley's development and tests.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
	_ "modernc.org/sqlite"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	handler := flag.String("handler", "sqlite", "storage: sqlite or postgresql")
	sqliteDir := flag.String("sqlite-dir", ".data/docdb", "directory for SQLite files (handler sqlite)")
	pgURL := flag.String("postgresql-url", "postgres://127.0.0.1:5432/parley", "PostgreSQL URL (handler postgresql)")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	sqliteSync := flag.String("sqlite-synchronous", "normal", "SQLite synchronous pragma: normal (fast; with WAL, safe unless the machine loses power) or full")
	sqliteTxLock := flag.String("sqlite-txlock", "deferred", "SQLite transaction locking: deferred (measured faster under concurrent writes) or immediate")
	flag.Parse()

	conf := &ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: *listen},
		Handler:  *handler,
		Logger:   slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level(*logLevel)})),
	}
	switch *handler {
	case "sqlite":
		dir, err := filepath.Abs(*sqliteDir)
		if err != nil {
			log.Fatalf("docdb: bad -sqlite-dir: %v", err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			log.Fatalf("docdb: cannot create %s: %v", dir, err)
		}
		switch *sqliteSync {
		case "normal", "full":
		default:
			log.Fatalf("docdb: bad -sqlite-synchronous %q (normal or full)", *sqliteSync)
		}
		switch *sqliteTxLock {
		case "immediate", "deferred":
		default:
			log.Fatalf("docdb: bad -sqlite-txlock %q (immediate or deferred)", *sqliteTxLock)
		}
		conf.SQLiteURL = "file:" + dir + "/?_pragma=synchronous(" + *sqliteSync + ")&_txlock=" + *sqliteTxLock
	case "postgresql":
		conf.PostgreSQLURL = *pgURL
	default:
		log.Fatalf("docdb: unknown -handler %q (sqlite or postgresql)", *handler)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	f, err := ferretdb.New(conf)
	if err != nil {
		log.Fatalf("docdb: %v", err)
	}
	fmt.Printf("docdb: listening on %s (%s)\n", *listen, *handler)
	if *handler == "sqlite" {
		dir, _ := filepath.Abs(*sqliteDir)
		go keepIDIndexes(ctx, dir, conf.Logger)
	}
	if err := f.Run(ctx); err != nil && ctx.Err() == nil {
		log.Fatalf("docdb: %v", err)
	}
}

func level(name string) slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(name)); err != nil {
		log.Fatalf("docdb: bad -log-level %q", name)
	}
	return l
}

// keepIDIndexes gives every collection table of FerretDB's SQLite backend an index on
// `_ferretdb_sjson->'$._id'`. FerretDB 1.24 looks documents up by `_id` with exactly that
// expression, but indexes `_id` as `_ferretdb_sjson->"_id"`: SQLite does not see that the two are
// the same, so without this every lookup by `_id` reads the whole table (measured: 53 ms of CPU
// for one findOne in 20,000 documents, 1 ms with the index). New tables are looked for every
// second; until its index exists a new, small table is read whole, as before.
func keepIDIndexes(ctx context.Context, dir string, logger *slog.Logger) {
	type file struct{ db *sql.DB }
	files := map[string]*file{}
	defer func() {
		for _, f := range files {
			f.db.Close()
		}
	}()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.sqlite"))
		seen := map[string]bool{}
		for _, path := range paths {
			seen[path] = true
			f := files[path]
			if f == nil {
				db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
				if err != nil {
					continue
				}
				db.SetMaxOpenConns(1)
				f = &file{db: db}
				files[path] = f
			}
			// Tables without the index (a dropped collection made again has the same table name).
			rows, err := f.db.QueryContext(ctx, `SELECT c.table_name FROM _ferretdb_collections c
				WHERE NOT EXISTS (SELECT 1 FROM sqlite_master m WHERE m.type = 'index' AND m.name = c.table_name || '__id_path')`)
			if err != nil {
				continue
			}
			var tables []string
			for rows.Next() {
				var t string
				if rows.Scan(&t) == nil {
					tables = append(tables, t)
				}
			}
			rows.Close()
			for _, t := range tables {
				q := fmt.Sprintf(`CREATE UNIQUE INDEX IF NOT EXISTS "%s" ON "%s" (_ferretdb_sjson->'$._id')`, strings.ReplaceAll(t+"__id_path", `"`, `""`), strings.ReplaceAll(t, `"`, `""`))
				if _, err := f.db.ExecContext(ctx, q); err != nil {
					logger.Warn("docdb: could not index _id lookups", "table", t, "err", err)
				}
			}
		}
		// Databases dropped meanwhile: let go of their files.
		for path, f := range files {
			if !seen[path] {
				f.db.Close()
				delete(files, path)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
