/* TRUTH: free — the acceptor thread only bumps stat_accepts (line 10) and the closer thread only stat_closes (line 16); main reads both after joining. */
#include <pthread.h>
#include <stdio.h>

static long stat_accepts, stat_closes;
#define STAT(name) (stat_##name++)

static void *acceptor(void *arg) {
    (void)arg;
    STAT(accepts); // @A
    return NULL;
}

static void *closer(void *arg) {
    (void)arg;
    STAT(closes); // @B
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, acceptor, NULL);
    pthread_create(&b, NULL, closer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", stat_accepts, stat_closes);
    return 0;
}
