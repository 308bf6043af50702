/* TRUTH: racy — the indexer waits on b_idx (line 11), the wrong one of two barriers: b_idx only pairs it with aux, so its read of table (line 11) is not ordered after the loader's write (line 9), which only b_load orders before the parser's read (line 10). */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t b_load, b_idx;
static int table;
static int parsed, indexed;

static void *loader(void *arg)  { (void)arg; table = 42; pthread_barrier_wait(&b_load); return NULL; } // @A
static void *parser(void *arg)  { (void)arg; pthread_barrier_wait(&b_load); parsed = table + 1; return NULL; } // @B
static void *indexer(void *arg) { (void)arg; pthread_barrier_wait(&b_idx); indexed = table * 2; return NULL; } // @C
static void *aux(void *arg)     { (void)arg; pthread_barrier_wait(&b_idx); return NULL; }

int main(void) {
    pthread_t t1, t2, t3, t4;
    pthread_barrier_init(&b_load, NULL, 2);
    pthread_barrier_init(&b_idx, NULL, 2);
    pthread_create(&t1, NULL, loader, NULL);
    pthread_create(&t2, NULL, parser, NULL);
    pthread_create(&t3, NULL, indexer, NULL);
    pthread_create(&t4, NULL, aux, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    pthread_join(t4, NULL);
    printf("%d %d\n", parsed, indexed);
    return 0;
}
