/* TRUTH: racy — tasks_done++ (line 38) is done by a worker after it released pool.mu; two workers finishing tasks at once both read-modify-write tasks_done with no lock and no ordering (everything else as in free_pool_queue.c). */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

#define NWORKERS 3
#define NTASKS 8

struct task { int id; struct task *next; };

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    struct task *head, *tail;
    int shutdown;
} pool = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, NULL, 0 };

static int results[NTASKS];
static int tasks_done;

static void run_task(struct task *t) {
    results[t->id] = t->id * t->id; // @B
}

static void *worker(void *arg) {
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&pool.mu);
        while (!pool.head && !pool.shutdown)
            pthread_cond_wait(&pool.cv, &pool.mu);
        if (!pool.head) { pthread_mutex_unlock(&pool.mu); break; }
        struct task *t = pool.head;
        pool.head = t->next;
        if (!pool.head) pool.tail = NULL;
        pthread_mutex_unlock(&pool.mu);
        run_task(t);
        free(t);
        tasks_done++; // @A
    }
    return NULL;
}

static void submit(int id) {
    struct task *t = malloc(sizeof *t);
    if (!t) abort();
    t->id = id;
    t->next = NULL;
    pthread_mutex_lock(&pool.mu);
    if (pool.tail) pool.tail->next = t; else pool.head = t;
    pool.tail = t;
    pthread_cond_signal(&pool.cv);
    pthread_mutex_unlock(&pool.mu);
}

int main(void) {
    pthread_t th[NWORKERS];
    for (int i = 0; i < NWORKERS; i++) pthread_create(&th[i], NULL, worker, NULL);
    for (int i = 0; i < NTASKS; i++) submit(i);
    pthread_mutex_lock(&pool.mu);
    pool.shutdown = 1;
    pthread_cond_broadcast(&pool.cv);
    pthread_mutex_unlock(&pool.mu);
    for (int i = 0; i < NWORKERS; i++) pthread_join(th[i], NULL);
    long sum = 0;
    for (int i = 0; i < NTASKS; i++) sum += results[i];
    printf("%ld %d\n", sum, tasks_done);
    return 0;
}
