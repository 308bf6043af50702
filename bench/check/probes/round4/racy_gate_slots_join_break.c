/* TRUTH: racy - join loop breaks after the first two joins; slots 2 and 3 may still run when main reads them */
#include <pthread.h>
#include <stdio.h>

#define NW 4
#define STEPS 8

struct gate {
    pthread_mutex_t m;
    pthread_cond_t cv;
    int open;
};

struct slot {
    pthread_t tid;
    int id;
    long value;
    int steps;
};

static struct gate start_gate = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0 };
static struct slot slots[NW];
static int params[STEPS];

static void gate_wait(struct gate *g)
{
    pthread_mutex_lock(&g->m);
    while (!g->open)
        pthread_cond_wait(&g->cv, &g->m);
    pthread_mutex_unlock(&g->m);
}

static void gate_open(struct gate *g)
{
    pthread_mutex_lock(&g->m);
    g->open = 1;
    pthread_cond_broadcast(&g->cv);
    pthread_mutex_unlock(&g->m);
}

static void *work(void *arg)
{
    struct slot *s = arg;
    gate_wait(&start_gate);
    for (int k = 0; k < STEPS; k++) {
        s->value += params[k] * (s->id + 1);
        s->steps++;
    }
    return NULL;
}

int main(void)
{
    for (int i = 0; i < NW; i++) {
        slots[i].id = i;
        pthread_create(&slots[i].tid, NULL, work, &slots[i]);
    }
    for (int k = 0; k < STEPS; k++)
        params[k] = k * k;
    gate_open(&start_gate);
    for (int i = 0; i < NW; i++) {
        if (i == 2)
            break;
        pthread_join(slots[i].tid, NULL);
    }
    long total = 0;
    for (int i = 0; i < NW; i++)
        total += slots[i].value + slots[i].steps;
    printf("total %ld\n", total);
    return 0;
}
