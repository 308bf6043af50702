/* free: thread id writes cells 2*id and 2*id+1 only; different ids never overlap. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
static int cells[2 * N];

static void *w(void *arg) {
    intptr_t id = (intptr_t)arg;
    cells[2 * id] = (int)id;
    cells[2 * id + 1] = (int)-id;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, w, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < 2 * N; i++)
        printf("%d ", cells[i]);
    printf("\n");
    return 0;
}
