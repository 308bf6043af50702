/* TRUTH: racy — main hands a malloc'd job to a worker and then updates job->priority while the worker reads/writes it */
#include <pthread.h>
#include <stdlib.h>
struct job { int priority; int result; };
static void *run_job(void *arg) {
    struct job *j = arg;
    j->result = j->priority * 2;
    j->priority = 0;
    return NULL;
}
int main(void) {
    struct job *j = calloc(1, sizeof *j);
    j->priority = 5;
    pthread_t t;
    pthread_create(&t, NULL, run_job, j);
    j->priority = 9;                 /* concurrent with the worker */
    pthread_join(t, NULL);
    int r = j->result;
    free(j);
    return r;
}
