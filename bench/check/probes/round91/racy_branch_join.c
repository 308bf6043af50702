/* racy: the worker is joined only when argc > 1; on the other path main reads `out`
   while the worker may still be writing it. */
#include <pthread.h>
#include <stdio.h>

static int out;

static void *calc(void *arg) {
    out = *(int *)arg * 10;
    return NULL;
}

int main(int argc, char **argv) {
    (void)argv;
    static int in;
    in = argc;
    pthread_t t;
    pthread_create(&t, NULL, calc, &in);
    if (argc > 1) {
        pthread_join(t, NULL);
        printf("verbose\n");
    }
    printf("%d\n", out);
    pthread_exit(NULL);
}
