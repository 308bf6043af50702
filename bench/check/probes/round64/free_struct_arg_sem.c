/* TRUTH: free — each job carries its own semaphore; the worker writes job->result then posts job->done; main waits job.done before touching result */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
struct job { sem_t done; int in, result; };
static void *worker(void *p) {
    struct job *j = p;
    j->result = j->in * 2;
    sem_post(&j->done);
    return 0;
}
int main(void) {
    pthread_t t;
    struct job j;
    j.in = 21;
    sem_init(&j.done, 0, 0);
    pthread_create(&t, 0, worker, &j);
    sem_wait(&j.done);
    j.result++;
    printf("%d\n", j.result);
    pthread_join(t, 0);
    return 0;
}
