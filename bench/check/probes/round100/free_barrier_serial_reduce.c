/* TRUTH: free — the serial thread reduces after barrier 1; everyone reads the result after barrier 2 */
#include <pthread.h>
#include <stdio.h>

#define NT 4

static pthread_barrier_t bar;
static double partial[NT];
static double mean;
static double dev[NT];
static const double xs[NT * 4] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

static void *stats(void *arg)
{
    int id = (int)(long)arg;
    double s = 0;
    for (int i = id * 4; i < id * 4 + 4; i++)
        s += xs[i];
    partial[id] = s;
    if (pthread_barrier_wait(&bar) == PTHREAD_BARRIER_SERIAL_THREAD) {
        double t = 0;
        for (int i = 0; i < NT; i++)
            t += partial[i];
        mean = t / (NT * 4);
    }
    pthread_barrier_wait(&bar);
    double d = 0;
    for (int i = id * 4; i < id * 4 + 4; i++)
        d += (xs[i] - mean) * (xs[i] - mean);
    dev[id] = d;
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    double total = 0;
    pthread_barrier_init(&bar, NULL, NT);
    for (long i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, stats, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    for (int i = 0; i < NT; i++)
        total += dev[i];
    printf("mean %.2f var %.2f\n", mean, total / (NT * 4));
    pthread_barrier_destroy(&bar);
    return 0;
}
