/* free: a fresh heap int per thread carries the loop index; thread id writes only
   out[id] and frees its own argument. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define N 5
static int out[N];

static void *sq(void *arg) {
    int id = *(int *)arg;
    free(arg);
    out[id] = id * id;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        int *p = malloc(sizeof *p);
        if (!p) return 1;
        *p = i;
        pthread_create(&t[i], NULL, sq, p);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++)
        printf("%d\n", out[i]);
    return 0;
}
