/* racy: only threads 0..N-2 are joined, but main reads all N slots, including the
   still-running last thread's res[N-1]. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
static int res[N];

static void *job(void *arg) {
    intptr_t k = (intptr_t)arg;
    res[k] = (int)k + 1;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, job, (void *)i);
    for (int i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < N; i++)
        s += res[i];
    printf("%d\n", s);
    pthread_join(t[N - 1], NULL);
    return 0;
}
