/* racy: the join loop `continue`s past thread 2, which is never joined before main
   reads res[2]. */
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
    for (int i = 0; i < N; i++) {
        if (i == 2)
            continue;
        pthread_join(t[i], NULL);
    }
    printf("%d\n", res[2]);
    pthread_exit(NULL);
}
