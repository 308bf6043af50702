/* TRUTH: racy — main waits only until finished >= NW - 1 and then reads every out[i]; the last worker may still be writing its out[id] (its write precedes its increment, which main has not synchronized with). */
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
    out[id] = 7 * (id + 1);
    pthread_mutex_lock(&dm);
    finished++;
    pthread_cond_signal(&dc);
    pthread_mutex_unlock(&dm);
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, job, (void *)i);
    pthread_mutex_lock(&dm);
    while (finished < NW - 1)
        pthread_cond_wait(&dc, &dm);
    pthread_mutex_unlock(&dm);
    int s = out[0] + out[1] + out[2];
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", s);
    return 0;
}
