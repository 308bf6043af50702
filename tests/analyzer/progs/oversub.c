/* Test program: six CPU-bound threads on (typically) two cores, each runnable most of its life. */
#include <pthread.h>

static void *spin(void *arg)
{
    (void)arg;
    volatile unsigned long x = 0;
    for (unsigned long i = 0; i < 450000000ul; i++) /* (~150 ms of CPU each on a fast core) */
        x += i;
    return NULL;
}

int main(void)
{
    pthread_t t[6];
    for (int i = 0; i < 6; i++)
        pthread_create(&t[i], NULL, spin, NULL);
    for (int i = 0; i < 6; i++)
        pthread_join(t[i], NULL);
    return 0;
}
