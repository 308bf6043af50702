/* TRUTH: racy — the queue is locked properly but every task adds to grand_total without a lock */
#include <pthread.h>
#include <stdio.h>

#define NW 3
#define NT 30

static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static int tasks[NT];
static int ntasks = NT;
static long grand_total;

static int take(int *out)
{
    int ok = 0;
    pthread_mutex_lock(&qlock);
    if (ntasks > 0) {
        *out = tasks[--ntasks];
        ok = 1;
    }
    pthread_mutex_unlock(&qlock);
    return ok;
}

static void run_task(int n)
{
    grand_total += n;
}

static void *worker(void *arg)
{
    int t;
    (void)arg;
    while (take(&t))
        run_task(t);
    return NULL;
}

int main(void)
{
    pthread_t w[NW];
    for (int i = 0; i < NT; i++)
        tasks[i] = i + 1;
    for (int i = 0; i < NW; i++)
        pthread_create(&w[i], NULL, worker, NULL);
    for (int i = 0; i < NW; i++)
        pthread_join(w[i], NULL);
    printf("%ld\n", grand_total);
    return 0;
}
