/* TRUTH: racy. try_lock_spin() gives up after 64 failed test-and-set attempts and the caller enters the critical section anyway (return value ignored): two threads can update 'log_len' at once. */
#include <pthread.h>
#include <stdatomic.h>

static atomic_int busy;
static int log_len;

static int try_lock_spin(void)
{
    for (int tries = 0; tries < 64; tries++)
        if (!atomic_exchange(&busy, 1))
            return 1;
    return 0;
}

static void *writer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        int got = try_lock_spin();
        (void)got; /* bug: ignored */
        log_len++;
        atomic_store(&busy, 0);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, writer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return log_len;
}
