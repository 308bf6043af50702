/* Race-free: of the handle array only the NWORK compute threads are joined; the extra
   heartbeat thread (t[NWORK]) is never joined, but it only touches 'beats', which it
   and main both access under hb_m. Main reads res[] of joined threads only. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NWORK 3

static int res[NWORK];
static int beats;
static int stop;
static pthread_mutex_t hb_m = PTHREAD_MUTEX_INITIALIZER;

static void *compute(void *arg)
{
    long id = (long)arg;
    int s = 0;
    for (int i = 0; i < 1000; i++)
        s += (int)(i % (id + 2));
    res[id] = s;
    return NULL;
}

static void *heartbeat(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        pthread_mutex_lock(&hb_m);
        if (stop) {
            pthread_mutex_unlock(&hb_m);
            break;
        }
        beats++;
        pthread_mutex_unlock(&hb_m);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NWORK + 1];
    int b;
    pthread_create(&t[NWORK], NULL, heartbeat, NULL);
    for (long i = 0; i < NWORK; i++)
        pthread_create(&t[i], NULL, compute, (void *)i);
    for (int i = 0; i < NWORK; i++)        /* heartbeat deliberately not joined */
        pthread_join(t[i], NULL);
    pthread_mutex_lock(&hb_m);
    stop = 1;
    b = beats;
    pthread_mutex_unlock(&hb_m);
    printf("%d %d %d beats=%d\n", res[0], res[1], res[2], b);
    return 0;
}
