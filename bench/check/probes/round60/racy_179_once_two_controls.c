/* TRUTH: racy — the two threads call pthread_once with DIFFERENT once controls, so init() runs twice, possibly concurrently; the two plain writes table = ... race (as do the reads vs the other init's write). */
#include <pthread.h>
#include <stdio.h>
static pthread_once_t once_a = PTHREAD_ONCE_INIT, once_b = PTHREAD_ONCE_INIT;
static int table;
static int r[2];
static void init(void) { table = table + 1; }
static void *ta(void *arg) { pthread_once(&once_a, init); r[0] = table; return arg; }
static void *tb(void *arg) { pthread_once(&once_b, init); r[1] = table; return arg; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, ta, NULL);
    pthread_create(&b, NULL, tb, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", r[0], r[1]);
    return 0;
}
