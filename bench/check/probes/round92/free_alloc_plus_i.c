/* race-free: start_workers() starts a thread on res + i of fresh memory; main joins both
   threads before it reads res[1]. */
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
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    printf("%d\n", res[1]);
    free(res);
    return 0;
}
