/* TRUTH: racy. The lock is picked by the thread's own parity while both threads update the same shared value, so they hold different locks. */
#include <pthread.h>

static pthread_mutex_t even_lk = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t odd_lk = PTHREAD_MUTEX_INITIALIZER;
static int shared_val;

static void *worker(void *arg)
{
    int me = (int)(long)arg;
    int slot = 0;
    pthread_mutex_t *lk = (me & 1) ? &odd_lk : &even_lk;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(lk);
        shared_val += slot + 1;
        pthread_mutex_unlock(lk);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared_val != 200;
}
