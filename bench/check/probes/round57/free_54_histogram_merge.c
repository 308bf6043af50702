/* TRUTH: free — thread id fills only hist[id][*]; the merge over all rows is done by main after joining every worker. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define NT 3
#define NB 8
static unsigned hist[NT][NB];
static unsigned merged[NB];
static void *count(void *a) {
    int id = (int)(intptr_t)a;
    for (int k = 0; k < 1000; k++) hist[id][(k * (id + 3)) % NB]++;
    return NULL;
}
static void merge(void) {
    for (int r = 0; r < NT; r++)
        for (int b = 0; b < NB; b++) merged[b] += hist[r][b];
}
int main(void) {
    pthread_t t[NT];
    for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, count, (void *)(intptr_t)i);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    merge();
    printf("%u\n", merged[0]);
    return 0;
}
