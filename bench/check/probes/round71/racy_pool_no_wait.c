/* TRUTH: racy — main sums results[] without the lock before wait_all while workers write results[] under pool_mu */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NWORKERS 3
#define NTASKS 12
#define QCAP 16

struct task {
    int id;
    int input;
};

static struct task queue[QCAP];
static int q_head, q_tail, q_len;
static int pending;
static int stopping;
static int results[NTASKS];
static pthread_mutex_t pool_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t work_cv = PTHREAD_COND_INITIALIZER;
static pthread_cond_t done_cv = PTHREAD_COND_INITIALIZER;

static int compute(int x)
{
    int i, r = 0;
    for (i = 0; i <= x; i++)
        r += i * i;
    return r;
}

static void submit(int id, int input)
{
    pthread_mutex_lock(&pool_mu);
    queue[q_tail].id = id;
    queue[q_tail].input = input;
    q_tail = (q_tail + 1) % QCAP;
    q_len++;
    pending++;
    pthread_cond_signal(&work_cv);
    pthread_mutex_unlock(&pool_mu);
}

static void *pool_worker(void *arg)
{
    (void)arg;
    for (;;) {
        struct task t;
        int r;
        pthread_mutex_lock(&pool_mu);
        while (q_len == 0 && !stopping)
            pthread_cond_wait(&work_cv, &pool_mu);
        if (q_len == 0 && stopping) {
            pthread_mutex_unlock(&pool_mu);
            break;
        }
        t = queue[q_head];
        q_head = (q_head + 1) % QCAP;
        q_len--;
        pthread_mutex_unlock(&pool_mu);

        r = compute(t.input);

        pthread_mutex_lock(&pool_mu);
        results[t.id] = r;
        pending--;
        if (pending == 0)
            pthread_cond_broadcast(&done_cv);
        pthread_mutex_unlock(&pool_mu);
    }
    return NULL;
}

static void wait_all(void)
{
    pthread_mutex_lock(&pool_mu);
    while (pending > 0)
        pthread_cond_wait(&done_cv, &pool_mu);
    pthread_mutex_unlock(&pool_mu);
}

int main(void)
{
    pthread_t w[NWORKERS];
    int i;
    long sum = 0;
    for (i = 0; i < NWORKERS; i++)
        pthread_create(&w[i], NULL, pool_worker, NULL);
    for (i = 0; i < NTASKS; i++)
        submit(i, i + 1);
    for (i = 0; i < NTASKS; i++)
        sum += results[i];
    wait_all();
    pthread_mutex_lock(&pool_mu);
    stopping = 1;
    pthread_cond_broadcast(&work_cv);
    pthread_mutex_unlock(&pool_mu);
    for (i = 0; i < NWORKERS; i++)
        pthread_join(w[i], NULL);
    printf("sum=%ld\n", sum);
    return 0;
}
