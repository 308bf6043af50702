/* TRUTH: racy — pool itself is correctly locked, but every task adds into the same global accumulator without a lock */
#include <pthread.h>
#include <stdlib.h>
#define NWORKERS 2
typedef struct task { void (*fn)(void *); void *arg; struct task *next; } task_t;
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t qcv = PTHREAD_COND_INITIALIZER;
static task_t *qhead;
static int stopping;
static long accumulator;
static void *worker(void *arg) {
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&qlock);
        while (!qhead && !stopping) pthread_cond_wait(&qcv, &qlock);
        task_t *t = qhead;
        if (t) qhead = t->next;
        pthread_mutex_unlock(&qlock);
        if (!t) return NULL;
        t->fn(t->arg);
        free(t);
    }
}
static void submit(void (*fn)(void *), void *arg) {
    task_t *t = malloc(sizeof *t);
    t->fn = fn; t->arg = arg;
    pthread_mutex_lock(&qlock);
    t->next = qhead;
    qhead = t;
    pthread_cond_signal(&qcv);
    pthread_mutex_unlock(&qlock);
}
static void add_task(void *arg) { accumulator += (long)arg; }
int main(void) {
    pthread_t w[NWORKERS];
    for (int i = 0; i < NWORKERS; i++) pthread_create(&w[i], NULL, worker, NULL);
    for (long i = 1; i <= 10; i++) submit(add_task, (void *)i);
    pthread_mutex_lock(&qlock);
    stopping = 1;
    pthread_cond_broadcast(&qcv);
    pthread_mutex_unlock(&qlock);
    for (int i = 0; i < NWORKERS; i++) pthread_join(w[i], NULL);
    return (int)accumulator;
}
