/* Racy: the workers test the shutdown flag 'quit' in the loop condition without qm,
   racing with main's locked write of quit. */
#include <pthread.h>
#include <stdio.h>
#include <sched.h>

#define NW 3
#define NJOBS 30

static pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
static int pending;
static int quit;
static long done_by[NW];

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    while (!quit) {                      /* BUG: unlocked read of the shutdown flag */
        int got = 0;
        pthread_mutex_lock(&qm);
        if (pending > 0) {
            pending--;
            got = 1;
        }
        pthread_mutex_unlock(&qm);
        if (got)
            done_by[id]++;
        else
            sched_yield();
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    long total = 0;
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int j = 0; j < NJOBS; j++) {
        pthread_mutex_lock(&qm);
        pending++;
        pthread_mutex_unlock(&qm);
    }
    pthread_mutex_lock(&qm);
    quit = 1;
    pthread_mutex_unlock(&qm);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < NW; i++)
        total += done_by[i];
    printf("%ld\n", total);
    return 0;
}
