/* racy: the join loop steps by 2, so odd-numbered threads are never joined before
   main reads every res[] slot. */
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
    for (int i = 0; i < N; i += 2)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < N; i++)
        s += res[i];
    printf("%d\n", s);
    pthread_exit(NULL);
}
