/* racy: the id is read from the counter with a plain load before the
   __sync_fetch_and_add, so two threads can get the same id (and the plain read races). */
#include <pthread.h>
#include <stdio.h>

#define N 4
static int next;
static int slot[N + 1];

static void *w(void *x) {
    (void)x;
    int id = next;
    __sync_fetch_and_add(&next, 1);
    if (id < N)
        slot[id] = id + 100;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, w, NULL);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", slot[0], slot[N - 1]);
    return 0;
}
