/* race-free: spawn() hands each thread a struct arg holding &res[i]; main joins both
   threads before it reads res[0]. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct arg { int *slot; };
static pthread_t th[2];
static struct arg args[2];
static void *body(void *p) { struct arg *a = p; *a->slot = 42; return NULL; }
static int *spawn(void) {
    int *res = calloc(2, sizeof *res);
    if (!res) abort();
    for (int i = 0; i < 2; i++) {
        args[i].slot = &res[i];
        pthread_create(&th[i], NULL, body, &args[i]);
    }
    return res;
}
int main(void) {
    int *res = spawn();
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    printf("%d\n", res[0]);
    free(res);
    return 0;
}
