/* racy: wait_all() is called with n-1, so the last worker is never joined and main's
   read of partial[N-1] races with its writes. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 3
static long partial[N];

static void *count(void *arg) {
    intptr_t k = (intptr_t)arg;
    for (int i = 0; i < 100; i++)
        partial[k] += i * (k + 1);
    return NULL;
}

static void spawn_all(pthread_t *t, int n) {
    for (intptr_t i = 0; i < n; i++)
        pthread_create(&t[i], NULL, count, (void *)i);
}

static void wait_all(pthread_t *t, int n) {
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
}

int main(void) {
    pthread_t t[N];
    spawn_all(t, N);
    wait_all(t, N - 1);
    long s = 0;
    for (int i = 0; i < N; i++)
        s += partial[i];
    printf("%ld\n", s);
    return 0;
}
