/* racy: spawn() callocs n slots and hands each thread a struct arg holding &res[i]; main
   reads res[0] while thread 0 writes it, before any join. */
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
    printf("%d\n", res[0]);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    free(res);
    return 0;
}
