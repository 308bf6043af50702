/* TRUTH: racy — STAT(accepts) pastes to stat_accepts++: both acceptor threads increment stat_accepts (line 10) with no lock. */
#include <pthread.h>
#include <stdio.h>

static long stat_accepts, stat_closes;
#define STAT(name) (stat_##name++)

static void *acceptor(void *arg) {
    (void)arg;
    STAT(accepts); // @A
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, acceptor, NULL);
    pthread_create(&b, NULL, acceptor, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", stat_accepts, stat_closes);
    return 0;
}
