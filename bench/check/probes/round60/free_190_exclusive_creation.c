/* TRUTH: free — exactly one of the two writer threads is created (if/else on argc); the created one writes x, main writes/reads x only after joining it. */
#include <pthread.h>
#include <stdio.h>
static int x;
static void *wa(void *arg) { x = 1; return arg; }
static void *wb(void *arg) { x = 2; return arg; }
int main(int argc, char **argv) {
    pthread_t t;
    (void)argv;
    if (argc > 1)
        pthread_create(&t, NULL, wa, NULL);
    else
        pthread_create(&t, NULL, wb, NULL);
    pthread_join(t, NULL);
    x += 10;
    printf("%d\n", x);
    return 0;
}
