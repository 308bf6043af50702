/* TRUTH: racy — all threads are given the same struct `sl`, which main overwrites (sl.k = k) while earlier threads read s->k; also two threads can then write the same cells[] entry. */
#include <pthread.h>
#include <stdio.h>
#define K 3
struct slot { int *cells; int k; };
static void *put(void *p) {
    struct slot *s = p;
    s->cells[s->k] = s->k + 100;
    return NULL;
}
int main(void) {
    int cells[K] = { 0 };
    struct slot sl;
    pthread_t t[K];
    for (int k = 0; k < K; k++) {
        sl.cells = cells;
        sl.k = k;
        pthread_create(&t[k], NULL, put, &sl);
    }
    for (int k = 0; k < K; k++) pthread_join(t[k], NULL);
    printf("%d %d %d\n", cells[0], cells[1], cells[2]);
    return 0;
}
