// One heap argument block allocated once and reused for every create: main
// rewrites a->id for the next thread while earlier threads read it -> race.
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#define N 4
struct targ { int id; };
static int out[N];
static void *worker(void *p) { struct targ *a = p; int id = a->id; out[id & 3] = id; return NULL; }
int main(void) {
    pthread_t t[N];
    struct targ *a = malloc(sizeof *a);
    for (int i = 0; i < N; i++) {
        a->id = i;
        pthread_create(&t[i], NULL, worker, a);
    }
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    free(a);
    printf("%d\n", out[0]);
    return 0;
}
