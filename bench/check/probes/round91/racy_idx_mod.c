/* racy: ids come from an atomic fetch_add but are reduced modulo 2, so with 4
   threads two threads share each slot. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define N 4
static atomic_int next_id;
static long slot[2];

static void *work(void *arg) {
    (void)arg;
    int id = atomic_fetch_add(&next_id, 1) % 2;
    slot[id] += 5;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, work, NULL);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", slot[0], slot[1]);
    return 0;
}
