// A fresh heap argument block per thread: main writes it before the create and
// never again; the worker frees its own block -> race-free.
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#define N 4
struct targ { int id; };
static int out[N];
static void *worker(void *p) { struct targ *a = p; int id = a->id; free(a); out[id & 3] = id; return NULL; }
int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        struct targ *a = malloc(sizeof *a);
        a->id = i;
        pthread_create(&t[i], NULL, worker, a);
    }
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", out[0]);
    return 0;
}
