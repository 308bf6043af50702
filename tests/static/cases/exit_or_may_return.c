// if (a || b) S; is one if per operand only when S surely ends the run: report() may return (when
// verbose is 0), so with quick set the join in the condition's right operand never runs and main's
// read races with the writer.
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
static void *writer(void *a) { (void)a; data = 1; return NULL; } // RACE
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t;
    pthread_create(&t, NULL, writer, NULL);
    int quick = argc < 5;
    if (quick || pthread_join(t, NULL))
        report();
    return data; // RACE
}
