/* TRUTH: free. The second writer thread is only created when a compile-time-false feature switch is on, so only one thread ever writes the counter. */
#include <pthread.h>

#define ENABLE_SECOND 0
static long counter;

static void *writer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        counter++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    if (ENABLE_SECOND)
        pthread_create(&b, NULL, writer, NULL);
    pthread_join(a, NULL);
    if (ENABLE_SECOND)
        pthread_join(b, NULL);
    return counter != 100;
}
