/* TRUTH: free. The sequence generator's static local counter is incremented under the generator's own static mutex. */
#include <pthread.h>

static unsigned next_seq(void)
{
    static unsigned seq;
    static pthread_mutex_t seq_lock = PTHREAD_MUTEX_INITIALIZER;
    unsigned r;
    pthread_mutex_lock(&seq_lock);
    r = ++seq;
    pthread_mutex_unlock(&seq_lock);
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
