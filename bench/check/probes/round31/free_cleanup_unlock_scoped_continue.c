/* TRUTH: race-free. Each pass of the loop locks m into a guard whose cleanup unlocks it when continue or the block end leaves; queue_len and taken are only touched inside the guarded block. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int queue_len = 8;
static long taken;

static void unlock_guard(pthread_mutex_t **l) { pthread_mutex_unlock(*l); }

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 6; i++) {
        pthread_mutex_t *g __attribute__((cleanup(unlock_guard))) = &m;
        pthread_mutex_lock(g);
        if (queue_len <= 0)
            continue;
        queue_len--;
        taken++;
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %d\n", taken, queue_len);
    return 0;
}
