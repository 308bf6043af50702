// A heap job is handed to the worker via pthread_create and then modified by
// main while the worker reads it -> race on job->n.
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
struct job { int n; long out; };
static void *worker(void *arg) {
    struct job *j = arg;
    long s = 0;
    for (int i = 0; i < j->n; i++) s += i;
    j->out = s;
    return NULL;
}
int main(void) {
    struct job *j = malloc(sizeof *j);
    j->n = 100;
    pthread_t t;
    pthread_create(&t, NULL, worker, j);
    j->n = 200;
    pthread_join(t, NULL);
    printf("%ld\n", j->out);
    free(j);
    return 0;
}
