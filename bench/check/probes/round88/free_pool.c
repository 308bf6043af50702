/* Race-free: thread pool; the task queue, 'shutdown' and 'done' are only accessed under
   pool.m; workers wait in a while loop and exit when shutdown is set and the queue is
   empty; each task writes only its own results[] slot, read by main after join. */
#include <pthread.h>
#include <stdio.h>

#define NWORK 3
#define QCAP 16
#define NTASK 12

struct task { int arg; int *out; };

static struct {
    pthread_mutex_t m;
    pthread_cond_t cv;
    struct task q[QCAP];
    int head, tail, len;
    int shutdown;
    int done;
} pool = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER};

static int results[NTASK];

static void submit(int arg, int *out)
{
    pthread_mutex_lock(&pool.m);
    pool.q[pool.tail] = (struct task){arg, out};
    pool.tail = (pool.tail + 1) % QCAP;
    pool.len++;
    pthread_cond_signal(&pool.cv);
    pthread_mutex_unlock(&pool.m);
}

static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        struct task t;
        pthread_mutex_lock(&pool.m);
        while (pool.len == 0 && !pool.shutdown)
            pthread_cond_wait(&pool.cv, &pool.m);
        if (pool.len == 0 && pool.shutdown) {
            pthread_mutex_unlock(&pool.m);
            return NULL;
        }
        t = pool.q[pool.head];
        pool.head = (pool.head + 1) % QCAP;
        pool.len--;
        pthread_mutex_unlock(&pool.m);

        *t.out = t.arg * t.arg;          /* run the task */

        pthread_mutex_lock(&pool.m);
        pool.done++;
        pthread_mutex_unlock(&pool.m);
    }
}

int main(void)
{
    pthread_t w[NWORK];
    for (int i = 0; i < NWORK; i++)
        pthread_create(&w[i], NULL, worker, NULL);
    for (int i = 0; i < NTASK; i++)
        submit(i, &results[i]);
    pthread_mutex_lock(&pool.m);
    pool.shutdown = 1;
    pthread_cond_broadcast(&pool.cv);
    pthread_mutex_unlock(&pool.m);
    for (int i = 0; i < NWORK; i++)
        pthread_join(w[i], NULL);
    int s = 0;
    for (int i = 0; i < NTASK; i++)
        s += results[i];
    printf("done=%d sum=%d\n", pool.done, s);
    return 0;
}
