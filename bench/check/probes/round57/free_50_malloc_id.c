/* TRUTH: free — each thread gets its own freshly malloc'd int holding its id (written before create, freed by the thread); thread writes only out[id]. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
static long out[N];
static void *w(void *arg) {
    int id = *(int *)arg;
    free(arg);
    out[id] = 10L * id;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        int *p = malloc(sizeof *p);
        if (!p) return 1;
        *p = i;
        pthread_create(&t[i], NULL, w, p);
    }
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%ld\n", out[1] + out[2]);
    return 0;
}
