/* TRUTH: racy - main assigns workers[i].fn after creating thread i; the thread reads w->fn */
#include <pthread.h>
#include <stdio.h>

#define NW 4
#define EVENTS 10

struct worker;
typedef void (*handler_fn)(struct worker *, int);

struct worker {
    int id;
    handler_fn fn;
    long acc;
    int status;
    int last_event;
};

struct worker workers[NW];
pthread_t tids[NW];

static long shared_calls;
static pthread_mutex_t calls_lock = PTHREAD_MUTEX_INITIALIZER;

static void on_even(struct worker *w, int ev)
{
    w->acc += ev * 2;
    w->last_event = ev;
}

static void on_odd(struct worker *w, int ev)
{
    w->acc -= ev;
    w->last_event = -ev;
    pthread_mutex_lock(&calls_lock);
    shared_calls++;
    pthread_mutex_unlock(&calls_lock);
}

static void *run(void *arg)
{
    struct worker *w = arg;
    for (int ev = 0; ev < EVENTS; ev++)
        w->fn(w, ev + w->id);
    w->status = 2;
    return NULL;
}

int main(void)
{
    for (int i = 0; i < NW; i++) {
        workers[i].id = i;
        workers[i].acc = 0;
        workers[i].status = 1;
    }
    for (int i = 0; i < NW; i++)
    {
        pthread_create(&tids[i], NULL, run, &workers[i]);
        workers[i].fn = (i % 2) ? on_odd : on_even;
    }
    for (int i = 0; i < NW; i++)
        pthread_join(tids[i], NULL);
    long total = 0;
    for (int i = 0; i < NW; i++) {
        if (workers[i].status != 2)
            return 1;
        total += workers[i].acc;
    }
    printf("total %ld calls %ld\n", total, shared_calls);
    return 0;
}
