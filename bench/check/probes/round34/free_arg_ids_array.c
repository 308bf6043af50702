/* TRUTH: free — each worker gets &ids[i], a slot main filled before the create and never changes afterwards; the worker reads its id (line 9) and writes slot_owner[id] (its own). */
#include <pthread.h>
#include <stdio.h>

#define N 4
static int slot_owner[N];

static void *worker(void *arg) {
    int id = *(int *)arg; // @A
    slot_owner[id] = id + 100;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", slot_owner[N - 1]);
    return 0;
}
