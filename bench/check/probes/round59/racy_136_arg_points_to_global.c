/* TRUTH: racy — the thread receives &temperature as its argument and writes *p; main reads temperature by name before joining; same int, unordered write/read. */
#include <pthread.h>
#include <stdio.h>

double temperature = 20.0;

static void *sensor(void *arg)
{
    double *p = arg;
    for (int i = 0; i < 5; i++)
        *p += 0.5;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, sensor, &temperature);
    double seen = temperature;
    pthread_join(t, NULL);
    printf("%f %f\n", seen, temperature);
    return 0;
}
