/* TRUTH: racy — main scrubs and frees each job (line 25) right after starting its worker, while the worker may still be reading j->id / j->n (line 13). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#define N 3
struct job { int id; int n; };
static int out[N];

static void *worker(void *arg) {
    struct job *j = arg;
    out[j->id] = j->n * 2; // @A
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        struct job *j = malloc(sizeof *j);
        if (!j) return 1;
        j->id = i;
        j->n = i + 10;
        pthread_create(&t[i], NULL, worker, j);
        memset(j, 0, sizeof *j); // @B
        free(j);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d\n", out[0], out[1], out[2]);
    return 0;
}
