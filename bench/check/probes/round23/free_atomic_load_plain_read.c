/* TRUTH: race-free. level is written by main only before starting the readers and after joining them; meanwhile one reader loads it with __atomic_load_n and the other reads it plainly: reads only. */
#include <pthread.h>
#include <stdio.h>

int level;

static void *reader_atomic(void *arg)
{
    (void)arg;
    printf("%d\n", __atomic_load_n(&level, __ATOMIC_RELAXED));
    return NULL;
}

static void *reader_plain(void *arg)
{
    (void)arg;
    printf("%d\n", level);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    level = 3;
    pthread_create(&a, NULL, reader_atomic, NULL);
    pthread_create(&b, NULL, reader_plain, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    level = 4;
    return 0;
}
