/* TRUTH: racy — the reporter copies the whole stats struct (a plain, non-atomic copy of its atomic_int member) while the worker does atomic_fetch_add on that member */
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

struct stats {
    atomic_int count;
    int id;
};

struct stats g_stats;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        atomic_fetch_add(&g_stats.count, 1);
        usleep(1000);
    }
    return 0;
}

void *reporter(void *arg)
{
    (void)arg;
    long s = 0;
    for (int i = 0; i < 20; i++) {
        struct stats snap = g_stats;
        s += snap.id + snap.count;
        usleep(1000);
    }
    return (void *)s;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, reporter, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
