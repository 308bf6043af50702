/* TRUTH: racy — main sets pool_shutdown without the lock while workers read it under the lock */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NWORKERS 2

struct task { int n; struct task *next; };

static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pool_cond = PTHREAD_COND_INITIALIZER;
static struct task *queue;
static int pool_shutdown;

static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&pool_lock);
        while (queue == NULL && !pool_shutdown)
            pthread_cond_wait(&pool_cond, &pool_lock);
        struct task *t = queue;
        if (t)
            queue = t->next;
        pthread_mutex_unlock(&pool_lock);
        if (!t)
            return NULL;
        printf("task %d\n", t->n);
        free(t);
    }
}

int main(void)
{
    pthread_t w[NWORKERS];
    for (int i = 0; i < NWORKERS; i++)
        pthread_create(&w[i], NULL, worker, NULL);
    for (int i = 0; i < 6; i++) {
        struct task *t = malloc(sizeof *t);
        t->n = i;
        pthread_mutex_lock(&pool_lock);
        t->next = queue;
        queue = t;
        pthread_cond_signal(&pool_cond);
        pthread_mutex_unlock(&pool_lock);
    }
    pool_shutdown = 1;
    pthread_cond_broadcast(&pool_cond);
    for (int i = 0; i < NWORKERS; i++)
        pthread_join(w[i], NULL);
    return 0;
}
