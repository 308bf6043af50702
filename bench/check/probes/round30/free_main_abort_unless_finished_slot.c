/* TRUTH: race-free. Two workers both write out[2] and bump finished under m; main starts the first, reads finished under m and aborts unless it is 1 (the first worker finished, its out[2] write before its unlock), then starts the second: the first write of out[2] happens before the second (unlock->lock->create). */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int finished;
static int out[4];

static void *worker(void *arg)
{
    long slot = (long)arg;
    out[slot] = (int)slot + 1;
    pthread_mutex_lock(&m);
    finished++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)2);
    sleep(1);
    pthread_mutex_lock(&m);
    int f = finished;
    pthread_mutex_unlock(&m);
    if (f != 1)
        abort();
    pthread_create(&b, NULL, worker, (void *)2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return out[2] == 3 ? 0 : 1;
}
