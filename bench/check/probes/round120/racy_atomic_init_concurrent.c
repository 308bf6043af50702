/* TRUTH: racy — atomic_init is a non-atomic store; the resetter re-initialises hits with it while the counter thread does atomic_fetch_add, which C11 7.17.2.2 makes a data race */
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

atomic_int hits;

void *counter(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        atomic_fetch_add(&hits, 1);
        usleep(1000);
    }
    return 0;
}

void *resetter(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        atomic_init(&hits, 0);
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, counter, 0);
    pthread_create(&b, 0, resetter, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
