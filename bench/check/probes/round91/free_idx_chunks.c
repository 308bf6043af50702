/* free: thread i zeroes the half-open range [i*CH, (i+1)*CH); ranges are disjoint. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
#define CH 8
static int buf[N * CH + 1];

static void *clear(void *arg) {
    intptr_t i = (intptr_t)arg;
    for (intptr_t k = i * CH; k < (i + 1) * CH; k++)
        buf[k] = (int)i;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, clear, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", buf[0], buf[N * CH - 1]);
    return 0;
}
