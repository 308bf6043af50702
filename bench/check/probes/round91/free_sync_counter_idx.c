/* free: ids from __sync_fetch_and_add on a plain int are unique; each thread writes
   only slot[id]; the counter itself is only touched atomically. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static int next;
static int slot[N];

static void *w(void *x) {
    (void)x;
    int id = __sync_fetch_and_add(&next, 1);
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
