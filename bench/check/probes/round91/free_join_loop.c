/* free: threads created in one loop and all joined in a second loop before main
   reads the results array. */
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
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < N; i++)
        s += res[i];
    printf("%d\n", s);
    return 0;
}
