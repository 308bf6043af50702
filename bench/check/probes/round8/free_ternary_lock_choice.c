/* TRUTH: free. Both threads pick the lock by the parity of the shared slot they update, so the same slot always gets the same lock. */
#include <pthread.h>

static pthread_mutex_t even_lk = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t odd_lk = PTHREAD_MUTEX_INITIALIZER;
static int shared_val;

static void *worker(void *arg)
{
    int me = (int)(long)arg;
    int slot = 0;
    pthread_mutex_t *lk = (slot & 1) ? &odd_lk : &even_lk;
    (void)me;
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
