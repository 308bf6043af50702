/* TRUTH: race-free. The task queue (q_head, q_tail, q_len, shutting_down) and the results array/total are only accessed with pool.lock held (workers write results[t] and total inside the lock); main fills tasks before creating the workers and reads results after joining them. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NWORK 3
#define NTASK 24
#define QCAP 8

struct pool {
    pthread_mutex_t lock;
    pthread_cond_t has_work;
    pthread_cond_t has_room;
    int queue[QCAP];
    int q_head, q_len;
    int shutting_down;
    long results[NTASK];
    long total;
};

static struct pool pool = {
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .has_work = PTHREAD_COND_INITIALIZER,
    .has_room = PTHREAD_COND_INITIALIZER,
};
static int task_input[NTASK];

static long work(int x)
{
    long r = 0;
    for (int i = 0; i <= x; i++)
        r += (long)i * i;
    return r;
}

static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        int t;
        pthread_mutex_lock(&pool.lock);
        while (pool.q_len == 0 && !pool.shutting_down)
            pthread_cond_wait(&pool.has_work, &pool.lock);
        if (pool.q_len == 0) {
            pthread_mutex_unlock(&pool.lock);
            break;
        }
        t = pool.queue[pool.q_head];
        pool.q_head = (pool.q_head + 1) % QCAP;
        pool.q_len--;
        pthread_cond_signal(&pool.has_room);
        pthread_mutex_unlock(&pool.lock);

        long r = work(task_input[t]);

        pthread_mutex_lock(&pool.lock);
        pool.results[t] = r;
        pool.total += r;
        pthread_mutex_unlock(&pool.lock);
    }
    return NULL;
}

static void submit(int t)
{
    pthread_mutex_lock(&pool.lock);
    while (pool.q_len == QCAP)
        pthread_cond_wait(&pool.has_room, &pool.lock);
    pool.queue[(pool.q_head + pool.q_len) % QCAP] = t;
    pool.q_len++;
    pthread_cond_signal(&pool.has_work);
    pthread_mutex_unlock(&pool.lock);
}

int main(void)
{
    pthread_t th[NWORK];
    int i;

    for (i = 0; i < NTASK; i++)
        task_input[i] = i % 7 + 1;
    for (i = 0; i < NWORK; i++)
        if (pthread_create(&th[i], NULL, worker, NULL) != 0) {
            perror("pthread_create");
            exit(1);
        }
    for (i = 0; i < NTASK; i++)
        submit(i);
    pthread_mutex_lock(&pool.lock);
    pool.shutting_down = 1;
    pthread_cond_broadcast(&pool.has_work);
    pthread_mutex_unlock(&pool.lock);
    for (i = 0; i < NWORK; i++)
        pthread_join(th[i], NULL);
    printf("total %ld, first %ld, last %ld\n", pool.total, pool.results[0], pool.results[NTASK - 1]);
    return 0;
}
