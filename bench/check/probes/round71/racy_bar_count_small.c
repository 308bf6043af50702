/* TRUTH: racy — barrier initialised with count 2 for 4 threads: two generations of 2 complete independently, so a thread of the first pair reads next[] of a thread that has not finished phase 1 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define NT 4
#define W 64
#define STEPS 1

static double grid[W];
static double next[W];
static double partial[NT];
static pthread_barrier_t bar;

static void *smoother(void *arg)
{
    int id = (int)(long)arg;
    int lo = id * (W / NT), hi = lo + W / NT;
    int i;
    double s = 0;
    for (i = lo; i < hi; i++) {
        double l = i > 0 ? grid[i - 1] : grid[i];
        double r = i < W - 1 ? grid[i + 1] : grid[i];
        next[i] = (l + grid[i] + r) / 3.0;
    }
    pthread_barrier_wait(&bar);
    for (i = lo; i < hi; i++)
        s += next[i] * next[(i + 1) % W];
    partial[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    int i;
    double total = 0;
    for (i = 0; i < W; i++)
        grid[i] = (double)(i % 9);
    pthread_barrier_init(&bar, NULL, 2);
    for (i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, smoother, (void *)(long)i);
    for (i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    for (i = 0; i < NT; i++)
        total += partial[i];
    pthread_barrier_destroy(&bar);
    printf("%f\n", total);
    return 0;
}
