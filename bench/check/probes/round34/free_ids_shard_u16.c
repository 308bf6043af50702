/* TRUTH: free — shard ids 0, 128, 256 stored as uint16_t stay distinct; each worker increments only hits[id] (line 13); main reads after join. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 3
static uint16_t ids[N];
static long hits[512];

static void *worker(void *arg) {
    int id = *(uint16_t *)arg;
    for (int k = 0; k < 100; k++)
        hits[id]++; // @A
    return NULL;
}

int main(void) {
    pthread_t t[N];
    int j, i;
    for (j = 0; j < N; j++)
        ids[j] = 128 * j;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    for (i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", hits[0], hits[128]);
    return 0;
}
