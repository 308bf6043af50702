/* TRUTH: free — pool_spawn records handles in a malloc'd pool; pool_wait joins all recorded handles (popping until n==0); results are read by main only after pool_wait covering all spawns. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct pool { pthread_t *t; int n, cap; };
static int results[3];
static void *job(void *p) { int *r = p; *r = 5; return NULL; }
static void pool_spawn(struct pool *pl, void *(*fn)(void *), void *arg) {
    if (pl->n == pl->cap) {
        pl->cap = pl->cap ? 2 * pl->cap : 2;
        pl->t = realloc(pl->t, (size_t)pl->cap * sizeof *pl->t);
        if (!pl->t) abort();
    }
    pthread_create(&pl->t[pl->n++], NULL, fn, arg);
}
static void pool_wait(struct pool *pl) { while (pl->n > 0) pthread_join(pl->t[--pl->n], NULL); }
int main(void) {
    struct pool pl = { NULL, 0, 0 };
    pool_spawn(&pl, job, &results[0]);
    pool_spawn(&pl, job, &results[1]);
    pool_spawn(&pl, job, &results[2]);
    pool_wait(&pl);
    printf("%d\n", results[0] + results[1] + results[2]);
    free(pl.t);
    return 0;
}
