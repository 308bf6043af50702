/* free: threads are started by spawn_all() and joined by wait_all() (wrappers over
   create/join loops); main reads the shared totals only after wait_all(). */
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
    wait_all(t, N);
    long s = 0;
    for (int i = 0; i < N; i++)
        s += partial[i];
    printf("%ld\n", s);
    return 0;
}
