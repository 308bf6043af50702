/* TRUTH: racy — SIGUSR1's handler is the library's exit(), raised by the worker: exit runs the destructor report(), which reads total in the worker while main writes total */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
static int total;
__attribute__((destructor)) static void report(void)
{
    printf("%d\n", total);
}
static void *worker(void *arg)
{
    (void)arg;
    raise(SIGUSR1);
    return NULL;
}
int main(void)
{
    pthread_t t;
    signal(SIGUSR1, exit);
    pthread_create(&t, NULL, worker, NULL);
    for (int i = 0; i < 1000000; i++)
        total = i;
    pthread_join(t, NULL);
    return 0;
}
