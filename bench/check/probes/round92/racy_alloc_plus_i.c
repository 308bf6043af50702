/* racy: start_workers() callocs res and starts a thread on res + i (pointer arithmetic,
   not &res[i]); main reads res[1] while the thread writes it, no join before. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static pthread_t th[2];
static void *body(void *p) { int *r = p; *r = 1; return NULL; }
static int *start_workers(void) {
    int *res = calloc(2, sizeof *res);
    if (!res) abort();
    for (int i = 0; i < 2; i++)
        pthread_create(&th[i], NULL, body, res + i);
    return res;
}
int main(void) {
    int *res = start_workers();
    printf("%d\n", res[1]);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    free(res);
    return 0;
}
