/* Race-free: hand-built reusable barrier (count + generation under a mutex, condvar
   wait in a loop on the generation); phases as in a stencil: own write, barrier,
   neighbour read, barrier. */
#include <pthread.h>
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
        pthread_cond_broadcast(&b->cv);
    } else {
        while (b->gen == my_gen)
            pthread_cond_wait(&b->cv, &b->m);
    }
    pthread_mutex_unlock(&b->m);
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
