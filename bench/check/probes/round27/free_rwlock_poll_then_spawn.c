/* TRUTH: race-free. The indexer builds 'index_size' and then sets 'built' under the write lock; main polls 'built' under the read lock (do/while) and starts the query thread only after seeing it: indexer's write -> wrunlock -> main's rdlock -> pthread_create -> query's read. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int built;
static int index_size;

static void *indexer(void *arg)
{
    (void)arg;
    index_size = 4096;
    pthread_rwlock_wrlock(&rw);
    built = 1;
    pthread_rwlock_unlock(&rw);
    return NULL;
}

static void *query(void *arg)
{
    (void)arg;
    printf("%d\n", index_size);
    return NULL;
}

int main(void)
{
    pthread_t ix, q;
    int ok;
    pthread_create(&ix, NULL, indexer, NULL);
    do {
        sched_yield();
        pthread_rwlock_rdlock(&rw);
        ok = built;
        pthread_rwlock_unlock(&rw);
    } while (!ok);
    pthread_create(&q, NULL, query, NULL);
    pthread_join(q, NULL);
    pthread_join(ix, NULL);
    return 0;
}
