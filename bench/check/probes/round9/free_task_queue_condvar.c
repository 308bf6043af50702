/* TRUTH: free. Tasks are handed over through a mutex-protected ring with condvars; each task's payload is written before it is enqueued and read after it is dequeued, under the same lock. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define CAP 4
struct task {
    int input;
    int output;
};

static pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static struct task *ring[CAP];
static int head, count;
static int shutting_down;

static void *worker(void *arg)
{
    long *done = arg;
    for (;;) {
        pthread_mutex_lock(&qm);
        while (count == 0 && !shutting_down)
            pthread_cond_wait(&not_empty, &qm);
        if (count == 0) {
            pthread_mutex_unlock(&qm);
            break;
        }
        struct task *t = ring[head];
        head = (head + 1) % CAP;
        count--;
        pthread_mutex_unlock(&qm);
        t->output = t->input * 2;
        *done += t->output;
        free(t);
    }
    return NULL;
}

int main(void)
{
    pthread_t w;
    long done = 0;
    pthread_create(&w, NULL, worker, &done);
    for (int i = 0; i < 3; i++) {
        struct task *t = malloc(sizeof *t);
        if (!t)
            break;
        t->input = i;
        pthread_mutex_lock(&qm);
        ring[(head + count) % CAP] = t;
        count++;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&qm);
    }
    pthread_mutex_lock(&qm);
    shutting_down = 1;
    pthread_cond_broadcast(&not_empty);
    pthread_mutex_unlock(&qm);
    pthread_join(w, NULL);
    printf("%ld\n", done);
    return 0;
}
