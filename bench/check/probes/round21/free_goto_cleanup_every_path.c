/* TRUTH: race-free. In ingest(), every access to db.rows/db.nrows/db.errors happens after pthread_mutex_lock(&db.lock) and every path out of the locked region (the error gotos to 'fail_unlock' and the normal path) unlocks before leaving; the early 'goto fail' happens before any shared access. main reads db after joining. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXROWS 32

struct row {
    int key;
    char val[16];
};

struct db {
    pthread_mutex_t lock;
    struct row rows[MAXROWS];
    int nrows;
    long errors;
};

static struct db db = { .lock = PTHREAD_MUTEX_INITIALIZER };

static int ingest(int key, const char *val)
{
    int rc = -1;
    size_t n;

    if (val == NULL)
        goto fail;
    n = strlen(val);
    if (n >= sizeof db.rows[0].val)
        goto fail;

    pthread_mutex_lock(&db.lock);
    if (db.nrows >= MAXROWS) {
        db.errors++;
        goto fail_unlock;
    }
    for (int i = 0; i < db.nrows; i++) {
        if (db.rows[i].key == key) {
            db.errors++;
            goto fail_unlock;
        }
    }
    db.rows[db.nrows].key = key;
    memcpy(db.rows[db.nrows].val, val, n + 1);
    db.nrows++;
    rc = 0;
fail_unlock:
    pthread_mutex_unlock(&db.lock);
fail:
    return rc;
}

static void *loader(void *arg)
{
    int base = (int)(long)arg;
    static const char *vals[] = { "one", "two", NULL, "a-very-long-value-that-fails", "five" };
    int ok = 0;
    for (int i = 0; i < 10; i++)
        if (ingest(base + i % 6, vals[i % 5]) == 0)
            ok++;
    return (void *)(long)ok;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, loader, (void *)0L);
    pthread_create(&b, NULL, loader, (void *)3L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d rows, %ld errors\n", db.nrows, db.errors);
    return 0;
}
