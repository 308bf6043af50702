/* TRUTH: racy — the increment of `total` on the odd iterations is outside the lock, so two threads can do unprotected total++ concurrently (also vs. locked ones). */
#include <pthread.h>
#include <stdio.h>
#define N 6
static pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
static long total;
static void *add(void *p) {
    (void)p;
    for (int i = 0; i < 1000; i++) {
        if (i % 2 == 0) {
            pthread_mutex_lock(&lk);
            total++;
            pthread_mutex_unlock(&lk);
        } else {
            total++;
        }
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
