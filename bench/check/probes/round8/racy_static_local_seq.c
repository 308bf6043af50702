/* TRUTH: racy. The sequence generator's static local counter is incremented without any lock by both threads. */
#include <pthread.h>

static unsigned next_seq(void)
{
    static unsigned seq;
    static pthread_mutex_t seq_lock = PTHREAD_MUTEX_INITIALIZER;
    unsigned r;
    (void)seq_lock;
    r = ++seq;
    return r;
}

static void *client(void *arg)
{
    unsigned *last = arg;
    for (int i = 0; i < 100; i++)
        *last = next_seq();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    static unsigned la, lb;
    pthread_create(&a, NULL, client, &la);
    pthread_create(&b, NULL, client, &lb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return la == lb;
}
