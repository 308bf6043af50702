/* RACY: `volatile` stop flag written by main and read by the worker loop; volatile
   does not make the accesses atomic, so this is a C11 data race. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static volatile int stop;
static void *spinner(void *a) {
    long n = 0;
    while (!stop) n++;
    *(long *)a = n;
    return NULL;
}
int main(void) {
    pthread_t t;
    long iters = 0;
    pthread_create(&t, NULL, spinner, &iters);
    usleep(1000);
    stop = 1;
    pthread_join(t, NULL);
    printf("%ld\n", iters);
    return 0;
}
