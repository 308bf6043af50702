/* racy: the join loop breaks early when a thread reports failure, leaving later
   threads running while main reads all of res[]. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
static int res[N];

static void *job(void *arg) {
    intptr_t k = (intptr_t)arg;
    res[k] = (k == 1) ? -1 : (int)k;
    return (void *)(intptr_t)(k == 1);
}

int main(void) {
    pthread_t t[N];
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, job, (void *)i);
    for (int i = 0; i < N; i++) {
        void *rv;
        pthread_join(t[i], &rv);
        if (rv)
            break;
    }
    int s = 0;
    for (int i = 0; i < N; i++)
        s += res[i];
    printf("%d\n", s);
    pthread_exit(NULL);
}
