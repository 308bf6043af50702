/* Racy: the hand-built barrier spins on the generation counter without the mutex, so
   the plain read of b->gen races with the last arriver's locked b->gen++. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

#define NT 4
#define STEPS 8

struct barrier {
    pthread_mutex_t m;
    pthread_cond_t cv;
    int arrived;
    unsigned gen;
};

static struct barrier B = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0};
static int cell[NT], out[NT];

static void barrier_wait(struct barrier *b)
{
    pthread_mutex_lock(&b->m);
    unsigned my_gen = b->gen;
    if (++b->arrived == NT) {
        b->arrived = 0;
        b->gen++;
    }
    pthread_mutex_unlock(&b->m);
    while (b->gen == my_gen)        /* BUG: unlocked read of gen (written under m) */
        sched_yield();
}

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    for (int s = 0; s < STEPS; s++) {
        cell[id] = id + s;
        barrier_wait(&B);
        out[id] += cell[(id + NT - 1) % NT];
        barrier_wait(&B);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < NT; i++)
        printf("%d ", out[i]);
    printf("\n");
    return 0;
}
