/* TRUTH: racy — on the i%7==0 path the worker unlocks m before incrementing total, so that total++ (plain RMW) is unprotected and races with the other worker's total++ (locked or not). */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long total;
static void *work(void *arg) {
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&m);
        if (i % 7 == 0) {
            pthread_mutex_unlock(&m);
            total++;
            continue;
        }
        total++;
        pthread_mutex_unlock(&m);
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}
