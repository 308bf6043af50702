/* TRUTH: free — main's local array `cells` escapes to threads through struct args; thread k writes only cells[k] (distinct k); main reads after joins. */
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
    struct slot sl[K];
    pthread_t t[K];
    for (int k = 0; k < K; k++) {
        sl[k].cells = cells;
        sl[k].k = k;
        pthread_create(&t[k], NULL, put, &sl[k]);
    }
    for (int k = 0; k < K; k++) pthread_join(t[k], NULL);
    printf("%d %d %d\n", cells[0], cells[1], cells[2]);
    return 0;
}
