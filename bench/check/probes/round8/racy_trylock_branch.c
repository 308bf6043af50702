/* TRUTH: racy. The branch is inverted: the counter is touched when trylock failed, i.e. while another thread holds the lock. */
#include <pthread.h>
#include <sched.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int hits, misses_local;

static void *worker(void *arg)
{
    int miss = 0;
    (void)arg;
    for (int i = 0; i < 100; i++) {
        if (pthread_mutex_trylock(&m) != 0) {
            hits++;
        } else {
            pthread_mutex_unlock(&m);
            miss++;
            sched_yield();
        }
    }
    return (void *)(long)miss;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    misses_local = hits;
    return misses_local > 200;
}
