/* TRUTH: free — ids[j] = j for every j < N, so each worker gets a distinct id through &ids[i] and increments only hits[id] (line 12); main reads after joining all. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static int ids[N];
static long hits[N];

static void *worker(void *arg) {
    int id = *(int *)arg;
    for (int k = 0; k < 100; k++)
        hits[id]++; // @A
    return NULL;
}

int main(void) {
    pthread_t t[N];
    int j, i;
    for (j = 0; j < N; j++)
        ids[j] = j;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    for (i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    long s = 0;
    for (i = 0; i < N; i++) s += hits[i];
    printf("%ld\n", s);
    return 0;
}
