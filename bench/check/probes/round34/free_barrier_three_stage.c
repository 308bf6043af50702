/* TRUTH: free — b_load counts 3 and is waited once by each of loader, parser and indexer: the loader's write of table (line 9) happens before the parser's (line 10) and indexer's (line 11) reads after the barrier. */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t b_load;
static int table;
static int parsed, indexed;

static void *loader(void *arg)  { (void)arg; table = 42; pthread_barrier_wait(&b_load); return NULL; } // @A
static void *parser(void *arg)  { (void)arg; pthread_barrier_wait(&b_load); parsed = table + 1; return NULL; } // @B
static void *indexer(void *arg) { (void)arg; pthread_barrier_wait(&b_load); indexed = table * 2; return NULL; } // @C

int main(void) {
    pthread_t t1, t2, t3;
    pthread_barrier_init(&b_load, NULL, 3);
    pthread_create(&t1, NULL, loader, NULL);
    pthread_create(&t2, NULL, parser, NULL);
    pthread_create(&t3, NULL, indexer, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    printf("%d %d\n", parsed, indexed);
    return 0;
}
