// pthread_tryjoin_np's result is ignored: if the worker is still running the
// join fails and main reads result while the worker writes it -> race.
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
static int result;
static void *worker(void *arg) { (void)arg; result = 42; return NULL; }
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_tryjoin_np(t, NULL);
    printf("%d\n", result);
    return 0;
}
