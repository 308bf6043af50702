/* free: two create loops, the second offset by N, so all 2N threads write distinct
   data[] elements. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 3
static long data[2 * N];

static void *w(void *arg) {
    intptr_t id = (intptr_t)arg;
    data[id] += id + 1;
    return NULL;
}

int main(void) {
    pthread_t t[2 * N];
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, w, (void *)i);
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[N + i], NULL, w, (void *)(N + i));
    for (int i = 0; i < 2 * N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", data[0] + data[5]);
    return 0;
}
