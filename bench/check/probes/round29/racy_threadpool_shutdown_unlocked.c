/* TRUTH: racy. main stores pool.shutdown = 1 without pool.lock while workers read pool.shutdown under the lock in their wait loop (write/read). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NWORKERS 3
#define NTASKS 20

typedef long (*task_fn)(long);

struct task {
    task_fn fn;
    long arg;
    long result;
    struct task *next;
};

static struct {
    pthread_mutex_t lock;
    pthread_cond_t has_work;
    struct task *head, *tail;
    int shutdown;
    int completed;
} pool = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, NULL, 0, 0};

static long square(long x) { return x * x; }
static long twice(long x) { return 2 * x; }

static void *pool_worker(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&pool.lock);
        while (!pool.head && !pool.shutdown)
            pthread_cond_wait(&pool.has_work, &pool.lock);
        if (!pool.head && pool.shutdown) {
            pthread_mutex_unlock(&pool.lock);
            break;
        }
        struct task *t = pool.head;
        pool.head = t->next;
        if (!pool.head)
            pool.tail = NULL;
        pthread_mutex_unlock(&pool.lock);

        t->result = t->fn(t->arg);

        pthread_mutex_lock(&pool.lock);
        pool.completed++;
        pthread_mutex_unlock(&pool.lock);
    }
    return NULL;
}

static void submit(struct task *t)
{
    t->next = NULL;
    pthread_mutex_lock(&pool.lock);
    if (pool.tail)
        pool.tail->next = t;
    else
        pool.head = t;
    pool.tail = t;
    pthread_cond_signal(&pool.has_work);
    pthread_mutex_unlock(&pool.lock);
}

int main(void)
{
    static struct task tasks[NTASKS];
    pthread_t th[NWORKERS];
    for (int i = 0; i < NWORKERS; i++)
        pthread_create(&th[i], NULL, pool_worker, NULL);
    for (int i = 0; i < NTASKS; i++) {
        tasks[i].fn = i % 2 ? square : twice;
        tasks[i].arg = i;
        submit(&tasks[i]);
    }
    pool.shutdown = 1; /* "a single store, no lock needed" */
    pthread_mutex_lock(&pool.lock);
    pthread_cond_broadcast(&pool.has_work);
    pthread_mutex_unlock(&pool.lock);
    for (int i = 0; i < NWORKERS; i++)
        pthread_join(th[i], NULL);
    long s = 0;
    for (int i = 0; i < NTASKS; i++)
        s += tasks[i].result;
    printf("%ld %d\n", s, pool.completed);
    return 0;
}
