/* racy: ONE heap int is allocated outside the loop and reused: main's `*p = i`
   for the next thread races with the previous thread's read of *p. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define N 5
static int out[N];

static void *sq(void *arg) {
    int id = *(int *)arg;
    out[id] = id * id;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    int *p = malloc(sizeof *p);
    if (!p) return 1;
    for (int i = 0; i < N; i++) {
        *p = i;
        pthread_create(&t[i], NULL, sq, p);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    free(p);
    for (int i = 0; i < N; i++)
        printf("%d\n", out[i]);
    return 0;
}
