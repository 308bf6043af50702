/* TRUTH: free — task list and shutdown flag guarded by pool.lock; each task writes only its own slot */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NWORKERS 3
#define NTASKS 10

struct task { int n; long *out; struct task *next; };

static struct {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    struct task *head;
    int shutdown;
} pool = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, 0 };

static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&pool.lock);
        while (pool.head == NULL && !pool.shutdown)
            pthread_cond_wait(&pool.cond, &pool.lock);
        if (pool.head == NULL) {
            pthread_mutex_unlock(&pool.lock);
            return NULL;
        }
        struct task *t = pool.head;
        pool.head = t->next;
        pthread_mutex_unlock(&pool.lock);
        *t->out = (long)t->n * t->n;
        free(t);
    }
}

int main(void)
{
    pthread_t w[NWORKERS];
    long results[NTASKS];
    for (int i = 0; i < NWORKERS; i++)
        pthread_create(&w[i], NULL, worker, NULL);
    for (int i = 0; i < NTASKS; i++) {
        struct task *t = malloc(sizeof *t);
        t->n = i;
        t->out = &results[i];
        pthread_mutex_lock(&pool.lock);
        t->next = pool.head;
        pool.head = t;
        pthread_cond_signal(&pool.cond);
        pthread_mutex_unlock(&pool.lock);
    }
    pthread_mutex_lock(&pool.lock);
    pool.shutdown = 1;
    pthread_cond_broadcast(&pool.cond);
    pthread_mutex_unlock(&pool.lock);
    for (int i = 0; i < NWORKERS; i++)
        pthread_join(w[i], NULL);
    for (int i = 0; i < NTASKS; i++)
        printf("%ld ", results[i]);
    putchar('\n');
    return 0;
}
