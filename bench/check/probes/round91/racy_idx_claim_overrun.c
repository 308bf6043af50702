/* racy: each thread claims ONE slot with fetch_add(…,1) but writes two (id and id+1),
   so it overwrites the next claimant's slot. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define N 4
static atomic_int next_id;
static int slot[N + 1];

static void *f(void *x) {
    (void)x;
    int id = atomic_fetch_add(&next_id, 1);
    slot[id] = 1;
    slot[id + 1] = 0;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, f, NULL);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", slot[0]);
    return 0;
}
