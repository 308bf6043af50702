/* TRUTH: free — `temperature` is only accessed concurrently through __atomic_store_n / __atomic_load_n. */
#include <pthread.h>
#include <stdio.h>

static int temperature;

static void *sensor(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++)
        __atomic_store_n(&temperature, 20 + i % 5, __ATOMIC_RELEASE);
    return NULL;
}

static void *display(void *arg)
{
    (void)arg;
    int last = 0;
    for (int i = 0; i < 50; i++)
        last = __atomic_load_n(&temperature, __ATOMIC_ACQUIRE);
    return (void *)(long)last;
}

int main(void)
{
    pthread_t s, d;
    pthread_create(&s, NULL, sensor, NULL);
    pthread_create(&d, NULL, display, NULL);
    pthread_join(s, NULL);
    pthread_join(d, NULL);
    printf("%d\n", temperature);
    return 0;
}
