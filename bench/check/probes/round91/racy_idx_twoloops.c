/* racy: two create loops each pass indices 0..N-1 to the same function, so thread i
   of the first loop and thread i of the second both write data[i]. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 3
static long data[N];

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
        pthread_create(&t[N + i], NULL, w, (void *)i);
    for (int i = 0; i < 2 * N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", data[0] + data[1] + data[2]);
    return 0;
}
