/* TRUTH: free — `tls_count` is _Thread_local, so each thread increments its own instance; the only shared write is sum under a mutex. */
#include <pthread.h>
#include <stdio.h>
static _Thread_local int tls_count;
static int sum;
static pthread_mutex_t sm = PTHREAD_MUTEX_INITIALIZER;
static void *tick(void *u) {
    (void)u;
    for (int i = 0; i < 50; i++) tls_count++;
    pthread_mutex_lock(&sm);
    sum += tls_count;
    pthread_mutex_unlock(&sm);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, tick, NULL);
    pthread_create(&b, NULL, tick, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", sum);
    return 0;
}
