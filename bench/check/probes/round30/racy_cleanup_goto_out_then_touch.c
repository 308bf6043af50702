/* TRUTH: racy. In drain(), 'goto done' leaves the block of the scoped lock, so its cleanup unlocks before 'done:'; the write 'drained = 1' after the label runs unlocked in both threads. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static int q[16], qlen = 5, drained;

static void release(pthread_mutex_t **pm) { pthread_mutex_unlock(*pm); }

static void drain(void)
{
    {
        pthread_mutex_t *held __attribute__((cleanup(release))) = &qlock;
        pthread_mutex_lock(held);
        while (qlen > 0) {
            if (q[qlen - 1] < 0)
                goto done;
            qlen--;
        }
        goto done;
    }
done:
    drained = 1;
}

static void *worker(void *arg)
{
    (void)arg;
    drain();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", qlen, drained);
    return 0;
}
