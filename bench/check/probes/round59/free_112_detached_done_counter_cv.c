/* TRUTH: free — detached workers write out[id] and then increment finished under dm and signal; main waits under dm until finished == NW, so every out[] write happens-before main's reads; workers touch nothing shared after unlocking. */
#include <pthread.h>
#include <stdio.h>

#define NW 3
static pthread_mutex_t dm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t dc = PTHREAD_COND_INITIALIZER;
static int finished;
static int out[NW];

static void *job(void *a)
{
    int id = (int)(long)a;
    out[id] = 100 * (id + 1);
    pthread_mutex_lock(&dm);
    finished++;
    pthread_cond_signal(&dc);
    pthread_mutex_unlock(&dm);
    return NULL;
}

int main(void)
{
    for (long i = 0; i < NW; i++) {
        pthread_t t;
        if (pthread_create(&t, NULL, job, (void *)i) != 0)
            return 1;
        pthread_detach(t);
    }
    pthread_mutex_lock(&dm);
    while (finished < NW)
        pthread_cond_wait(&dc, &dm);
    pthread_mutex_unlock(&dm);
    printf("%d %d %d\n", out[0], out[1], out[2]);
    return 0;
}
