/* TRUTH: racy — thread 0 performs merge() right after its own counting, reading hist[1][*] and hist[2][*] while threads 1 and 2 may still be incrementing them. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define NT 3
#define NB 8
static unsigned hist[NT][NB];
static unsigned merged[NB];
static void merge(void) {
    for (int r = 0; r < NT; r++)
        for (int b = 0; b < NB; b++) merged[b] += hist[r][b];
}
static void *count(void *a) {
    int id = (int)(intptr_t)a;
    for (int k = 0; k < 1000; k++) hist[id][(k * (id + 3)) % NB]++;
    if (id == 0) merge();
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, count, (void *)(intptr_t)i);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    printf("%u\n", merged[0]);
    return 0;
}
