/* TRUTH: race-free. Writers take the rwlock in write mode with pthread_rwlock_clockwrlock and abort() unless it returned 0; readers use pthread_rwlock_rdlock. So every write of 'settings' (and of 'epoch') holds the write lock and every read holds at least the read lock: no write overlaps any other access. main reads after joins. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

struct settings {
    int level;
    int limit;
};

static pthread_rwlock_t st_lock = PTHREAD_RWLOCK_INITIALIZER;
static struct settings settings = { 1, 100 };
static long epoch;

static void write_settings(int level, int limit)
{
    struct timespec dl;
    clock_gettime(CLOCK_MONOTONIC, &dl);
    dl.tv_sec += 60;
    if (pthread_rwlock_clockwrlock(&st_lock, CLOCK_MONOTONIC, &dl) != 0) {
        fputs("settings lock stuck\n", stderr);
        abort();
    }
    settings.level = level;
    settings.limit = limit;
    epoch++;
    pthread_rwlock_unlock(&st_lock);
}

static int read_limit(void)
{
    int v;
    pthread_rwlock_rdlock(&st_lock);
    v = settings.limit * settings.level;
    pthread_rwlock_unlock(&st_lock);
    return v;
}

static void *admin(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 5; i++)
        write_settings(base + i, 100 * (i + 1));
    return NULL;
}

static void *reader(void *arg)
{
    long s = 0;
    (void)arg;
    for (int i = 0; i < 20; i++)
        s += read_limit();
    return (void *)s;
}

int main(void)
{
    pthread_t a1, a2, r;
    pthread_create(&a1, NULL, admin, (void *)1L);
    pthread_create(&a2, NULL, admin, (void *)10L);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(a1, NULL);
    pthread_join(a2, NULL);
    pthread_join(r, NULL);
    printf("epoch %ld level %d\n", epoch, settings.level);
    return 0;
}
