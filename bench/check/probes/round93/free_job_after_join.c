// A heap job is handed to the worker via pthread_create; main modifies it only
// after joining the worker -> race-free.
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
    pthread_join(t, NULL);
    j->n = 200;
    printf("%ld\n", j->out);
    free(j);
    return 0;
}
