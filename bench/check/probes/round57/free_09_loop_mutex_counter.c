/* TRUTH: free — all threads increment `total` only while holding `lk`; main reads after joining all. */
#include <pthread.h>
#include <stdio.h>
#define N 6
static pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
static long total;
static void *add(void *p) {
    (void)p;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&lk);
        total++;
        pthread_mutex_unlock(&lk);
    }
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++) pthread_create(t + i, NULL, add, NULL);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%ld\n", total);
    return 0;
}
