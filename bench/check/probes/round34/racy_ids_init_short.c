/* TRUTH: racy — the id init loop stops at N - 1 (line 19), leaving ids[3] at 0 like ids[0]; workers 0 and 3 both run hits[0]++ (line 12) unsynchronized. */
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
    for (j = 0; j < N - 1; j++) // @C
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
