// Command docdb runs FerretDB 1.x embedded: a MongoDB wire-protocol server on SQLite
// (default) or PostgreSQL, for Parley's development and tests.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
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
