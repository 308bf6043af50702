/* RACY: thread pool workers increment a global `completed` counter outside the
   queue lock after running each task. */
#include <pthread.h>
#include <stdio.h>
struct task { int n; struct task *next; };
static struct task *qhead;
static int completed;
static int stop;
static pthread_mutex_t qmu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t qcv = PTHREAD_COND_INITIALIZER;
static void *worker(void *a) {
    (void)a;
    for (;;) {
        pthread_mutex_lock(&qmu);
        while (!qhead && !stop) pthread_cond_wait(&qcv, &qmu);
        struct task *t = qhead;
        if (t) qhead = t->next;
        pthread_mutex_unlock(&qmu);
        if (!t) break;
        volatile long x = 0;
        for (int i = 0; i < t->n; i++) x += i;
        completed++;
    }
    return NULL;
}
int main(void) {
    pthread_t w[4];
    struct task tasks[16];
    for (int i = 0; i < 4; i++) pthread_create(&w[i], NULL, worker, NULL);
    pthread_mutex_lock(&qmu);
    for (int i = 0; i < 16; i++) { tasks[i].n = i * 10; tasks[i].next = qhead; qhead = &tasks[i]; }
    stop = 1;
    pthread_cond_broadcast(&qcv);
    pthread_mutex_unlock(&qmu);
    for (int i = 0; i < 4; i++) pthread_join(w[i], NULL);
    printf("%d\n", completed);
    return 0;
}
