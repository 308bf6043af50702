/* TRUTH: racy. Worker 0 is the monitor: it keeps sampling and writes stats.samples/stats.peak until 'stop' (atomic) is seen. main's join loop skips index MONITOR, sets stop, and prints stats.samples without joining the monitor: main's read races with the monitor's writes. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NT 4
#define MONITOR 0

struct targ {
    int id;
    long work;
};

static struct {
    long samples;
    long peak;
} stats;
static atomic_int stop;
static long done_work[NT];

static void *run(void *p)
{
    struct targ *a = p;
    if (a->id == MONITOR) {
        while (!atomic_load(&stop)) {
            stats.samples++;
            if (stats.samples > stats.peak)
                stats.peak = stats.samples;
        }
        return NULL;
    }
    long acc = 0;
    for (long i = 0; i < a->work; i++)
        acc += i % 7;
    done_work[a->id] = acc;
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    struct targ args[NT];
    for (int i = 0; i < NT; i++) {
        args[i].id = i;
        args[i].work = 100000L * (i + 1);
        pthread_create(&th[i], NULL, run, &args[i]);
    }
    for (int i = 0; i < NT; i++) {
        if (i == MONITOR)
            continue; /* the monitor is stopped below */
        pthread_join(th[i], NULL);
    }
    atomic_store(&stop, 1);
    printf("samples %ld peak %ld\n", stats.samples, stats.peak);
    long total = 0;
    for (int i = 1; i < NT; i++)
        total += done_work[i];
    printf("%ld\n", total);
    pthread_join(th[MONITOR], NULL);
    return 0;
}
