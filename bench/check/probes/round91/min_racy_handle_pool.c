/* racy: start_workers() creates two threads in a loop, each writing res[i] of a heap
   array that is returned to main; main reads res[1] with no join at all. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *body(void *p) { int *r = p; *r = 1; return NULL; }

static int *start_workers(void) {
    int *res = calloc(2, sizeof *res);
    pthread_t t;
    if (!res) abort();
    for (int i = 0; i < 2; i++)
        pthread_create(&t, NULL, body, &res[i]);
    return res;
}

int main(void) {
    int *res = start_workers();
    printf("%d\n", res[1]);
    pthread_exit(NULL);
}
