/* TRUTH: racy. The guard's cleanup unlocks m when 'break' leaves the inner for body; the statement after the inner loop (still in the outer while) writes 'stat' without the lock, in two workers. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int queue_len = 8;
static long stat;

static void unlock_guard(pthread_mutex_t **l) { pthread_mutex_unlock(*l); }

static void *worker(void *arg)
{
    (void)arg;
    int rounds = 0;
    while (rounds < 2) {
        for (int i = 0; i < 4; i++) {
            pthread_mutex_t *g __attribute__((cleanup(unlock_guard))) = &m;
            pthread_mutex_lock(g);
            if (queue_len <= 0)
                break;
            queue_len--;
        }
        stat++;
        rounds++;
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
    printf("%ld %d\n", stat, queue_len);
    return 0;
}
