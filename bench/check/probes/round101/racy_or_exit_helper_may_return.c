/* TRUTH: racy — quick is true (argc < 5), so report() runs and returns at once (verbose is 0) and pthread_join(t) is never called: main's read of data races with writer */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int data, verbose;
static void report(void)
{
    if (!verbose)
        return;
    fprintf(stderr, "join failed\n");
    exit(1);
}
static void *writer(void *a) { (void)a; data = 1; return NULL; }
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t;
    pthread_create(&t, NULL, writer, NULL);
    int quick = argc < 5;
    if (quick || pthread_join(t, NULL))
        report();
    return data;
}
