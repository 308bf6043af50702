/* TRUTH: free — thread pool: task queue, shutdown flag and completion counter are all under pool->lock; each task writes only its own out slot */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#define NWORKERS 3
#define NTASKS 20
typedef struct task { void (*fn)(void *); void *arg; struct task *next; } task_t;
typedef struct {
    pthread_mutex_t lock;
    pthread_cond_t has_work, all_done;
    task_t *head, *tail;
    int shutdown, pending;
    pthread_t workers[NWORKERS];
} pool_t;
static void *pool_worker(void *arg) {
    pool_t *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->lock);
        while (!p->head && !p->shutdown) pthread_cond_wait(&p->has_work, &p->lock);
        if (!p->head && p->shutdown) { pthread_mutex_unlock(&p->lock); break; }
        task_t *t = p->head;
        p->head = t->next;
        if (!p->head) p->tail = NULL;
        pthread_mutex_unlock(&p->lock);
        t->fn(t->arg);
        free(t);
        pthread_mutex_lock(&p->lock);
        if (--p->pending == 0) pthread_cond_signal(&p->all_done);
        pthread_mutex_unlock(&p->lock);
    }
    return NULL;
}
static void pool_init(pool_t *p) {
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->has_work, NULL);
    pthread_cond_init(&p->all_done, NULL);
    p->head = p->tail = NULL;
    p->shutdown = p->pending = 0;
    for (int i = 0; i < NWORKERS; i++) pthread_create(&p->workers[i], NULL, pool_worker, p);
}
static void pool_submit(pool_t *p, void (*fn)(void *), void *arg) {
    task_t *t = malloc(sizeof *t);
    t->fn = fn; t->arg = arg; t->next = NULL;
    pthread_mutex_lock(&p->lock);
    if (p->tail) p->tail->next = t; else p->head = t;
    p->tail = t;
    p->pending++;
    pthread_cond_signal(&p->has_work);
    pthread_mutex_unlock(&p->lock);
}
static void pool_wait(pool_t *p) {
    pthread_mutex_lock(&p->lock);
    while (p->pending) pthread_cond_wait(&p->all_done, &p->lock);
    pthread_mutex_unlock(&p->lock);
}
static void pool_destroy(pool_t *p) {
    pthread_mutex_lock(&p->lock);
    p->shutdown = 1;
    pthread_cond_broadcast(&p->has_work);
    pthread_mutex_unlock(&p->lock);
    for (int i = 0; i < NWORKERS; i++) pthread_join(p->workers[i], NULL);
}
static long out[NTASKS];
static void square_task(void *arg) {
    long i = (long)arg;
    out[i] = i * i;
}
int main(void) {
    pool_t pool;
    pool_init(&pool);
    for (long i = 0; i < NTASKS; i++) pool_submit(&pool, square_task, (void *)i);
    pool_wait(&pool);
    long s = 0;
    for (int i = 0; i < NTASKS; i++) s += out[i];
    pool_destroy(&pool);
    printf("%ld\n", s);
    return 0;
}
