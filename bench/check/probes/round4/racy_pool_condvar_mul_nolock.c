/* TRUTH: racy - mul_task updates S.tasks/S.product_bits without S.lock; two workers can run tasks at once */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NW 4
#define NTASKS 20

typedef void (*task_fn)(void *);

struct task {
    task_fn fn;
    void *arg;
    struct task *next;
};

struct pool {
    pthread_mutex_t lock;
    pthread_cond_t cv;
    struct task *head, *tail;
    int shutdown;
    pthread_t threads[NW];
};

struct stats {
    pthread_mutex_t lock;
    long tasks;
    long sum;
    long product_bits;
};

static struct pool P = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, NULL, 0, {0} };
static struct stats S = { PTHREAD_MUTEX_INITIALIZER, 0, 0, 0 };

static void add_task(void *arg)
{
    int *v = arg;
    pthread_mutex_lock(&S.lock);
    S.tasks++;
    S.sum += *v;
    pthread_mutex_unlock(&S.lock);
    free(v);
}

static void mul_task(void *arg)
{
    int *v = arg;
    long r = (long)*v * 3;
    S.tasks++;
    S.product_bits ^= r;
    free(v);
}

static void submit(task_fn fn, void *arg)
{
    struct task *t = malloc(sizeof *t);
    if (!t)
        abort();
    t->fn = fn;
    t->arg = arg;
    t->next = NULL;
    pthread_mutex_lock(&P.lock);
    if (P.tail)
        P.tail->next = t;
    else
        P.head = t;
    P.tail = t;
    pthread_cond_signal(&P.cv);
    pthread_mutex_unlock(&P.lock);
}

static void *worker(void *unused)
{
    (void)unused;
    for (;;) {
        pthread_mutex_lock(&P.lock);
        while (P.head == NULL && !P.shutdown)
            pthread_cond_wait(&P.cv, &P.lock);
        if (P.head == NULL && P.shutdown) {
            pthread_mutex_unlock(&P.lock);
            break;
        }
        struct task *t = P.head;
        P.head = t->next;
        if (P.head == NULL)
            P.tail = NULL;
        pthread_mutex_unlock(&P.lock);
        t->fn(t->arg);
        free(t);
    }
    return NULL;
}

int main(void)
{
    for (int i = 0; i < NW; i++)
        pthread_create(&P.threads[i], NULL, worker, NULL);
    for (int i = 0; i < NTASKS; i++) {
        int *v = malloc(sizeof *v);
        if (!v)
            abort();
        *v = i;
        submit((i % 2) ? mul_task : add_task, v);
    }
    pthread_mutex_lock(&P.lock);
    P.shutdown = 1;
    pthread_cond_broadcast(&P.cv);
    pthread_mutex_unlock(&P.lock);
    for (int i = 0; i < NW; i++)
        pthread_join(P.threads[i], NULL);
    printf("tasks=%ld sum=%ld bits=%ld\n", S.tasks, S.sum, S.product_bits);
    return S.tasks == NTASKS ? 0 : 1;
}
