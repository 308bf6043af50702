/* TRUTH: free — main writes cfg before pthread_create, the thread reads cfg and writes result, main reads result and rewrites cfg only after pthread_join. */
#include <pthread.h>
#include <stdio.h>
static int cfg;
static int result;
static void *work(void *arg) {
    result = cfg * 2;
    return arg;
}
int main(void) {
    pthread_t t;
    cfg = 21;
    pthread_create(&t, NULL, work, NULL);
    pthread_join(t, NULL);
    cfg = result;
    printf("%d\n", cfg);
    return 0;
}
