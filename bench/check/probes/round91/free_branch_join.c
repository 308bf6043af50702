/* free: the worker is joined on both branches of the if before main reads `out`. */
#include <pthread.h>
#include <stdio.h>

static int out;

static void *calc(void *arg) {
    out = *(int *)arg * 10;
    return NULL;
}

int main(int argc, char **argv) {
    (void)argv;
    int in = argc;
    pthread_t t;
    pthread_create(&t, NULL, calc, &in);
    if (argc > 1) {
        pthread_join(t, NULL);
        printf("verbose\n");
    } else {
        pthread_join(t, NULL);
    }
    printf("%d\n", out);
    return 0;
}
