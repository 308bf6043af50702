/* TRUTH: racy. resolve("sum_fast") returns (void *)sum_fast, which main casts and stores into every job's handler; the two pool threads run jobs concurrently and sum_fast() does 'grand_total += ...' without the lock (two unlocked RMWs of grand_total in different threads). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define NJOBS 8
#define NTHREADS 2

typedef long (*handler_t)(const int *v, int n);

struct job {
    handler_t handler;
    int data[4];
    long result;
};

static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static struct job jobs[NJOBS];
static int next_job;
static long grand_total;

static long sum_safe(const int *v, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    pthread_mutex_lock(&pool_lock);
    grand_total += s;
    pthread_mutex_unlock(&pool_lock);
    return s;
}

static long sum_fast(const int *v, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    grand_total += s;
    return s;
}

struct symbol {
    const char *name;
    void *addr;
};

static const struct symbol symtab[] = {
    { "sum_safe", (void *)sum_safe },
    { "sum_fast", (void *)sum_fast },
};

static void *resolve(const char *name)
{
    for (unsigned i = 0; i < sizeof symtab / sizeof symtab[0]; i++)
        if (!strcmp(symtab[i].name, name))
            return symtab[i].addr;
    return NULL;
}

static void *pool_thread(void *arg)
{
    (void)arg;
    for (;;) {
        int j;
        pthread_mutex_lock(&pool_lock);
        j = next_job < NJOBS ? next_job++ : -1;
        pthread_mutex_unlock(&pool_lock);
        if (j < 0)
            break;
        jobs[j].result = jobs[j].handler(jobs[j].data, 4);
    }
    return NULL;
}

int main(void)
{
    pthread_t th[NTHREADS];
    handler_t h = (handler_t)resolve("sum_fast");

    if (!h)
        h = sum_safe;
    for (int j = 0; j < NJOBS; j++) {
        jobs[j].handler = h;
        for (int k = 0; k < 4; k++)
            jobs[j].data[k] = j * 4 + k;
    }
    for (int i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, pool_thread, NULL);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    printf("total %ld\n", grand_total);
    return 0;
}
