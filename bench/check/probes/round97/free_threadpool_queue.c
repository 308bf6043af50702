/* FREE: thread pool; tasks pushed/popped from a linked queue under one mutex+cond;
   each task's result written by exactly one worker and read by main after join. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct task { int n; long out; struct task *next; };
static struct task *qhead;
static int shutting_down;
static pthread_mutex_t qmu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t qcv = PTHREAD_COND_INITIALIZER;
static void submit(struct task *t) {
    pthread_mutex_lock(&qmu);
    t->next = qhead;
    qhead = t;
    pthread_cond_signal(&qcv);
    pthread_mutex_unlock(&qmu);
}
static void *worker(void *a) {
    (void)a;
    for (;;) {
        pthread_mutex_lock(&qmu);
        while (!qhead && !shutting_down) pthread_cond_wait(&qcv, &qmu);
        if (!qhead) { pthread_mutex_unlock(&qmu); break; }
        struct task *t = qhead;
        qhead = t->next;
        pthread_mutex_unlock(&qmu);
        long f = 1;
        for (int i = 2; i <= t->n; i++) f *= i;
        t->out = f;
    }
    return NULL;
}
int main(void) {
    pthread_t w[3];
    struct task tasks[10];
    for (int i = 0; i < 3; i++) pthread_create(&w[i], NULL, worker, NULL);
    for (int i = 0; i < 10; i++) { tasks[i].n = i; tasks[i].out = 0; submit(&tasks[i]); }
    pthread_mutex_lock(&qmu);
    shutting_down = 1;
    pthread_cond_broadcast(&qcv);
    pthread_mutex_unlock(&qmu);
    for (int i = 0; i < 3; i++) pthread_join(w[i], NULL);
    for (int i = 0; i < 10; i++) printf("%ld\n", tasks[i].out);
    return 0;
}
