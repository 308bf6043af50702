/* racy: main sums res[] BEFORE the join loop, while the workers may still be
   writing their slots. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 8
static int res[N];

static void *job(void *arg) {
    intptr_t k = (intptr_t)arg;
    res[k] = (int)(k * 7 % 5);
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, job, (void *)i);
    int s = 0;
    for (int i = 0; i < N; i++)
        s += res[i];
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", s);
    return 0;
}
