/* Race-free: double-checked locking done right: the published pointer is an _Atomic
   pointer loaded with acquire and stored with release under the mutex, so the object's
   fields written before publication are visible to fast-path readers. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct table { int n; int vals[8]; };

static struct table *_Atomic the_table;
static pthread_mutex_t init_m = PTHREAD_MUTEX_INITIALIZER;

static struct table *get_table(void)
{
    struct table *t = atomic_load_explicit(&the_table, memory_order_acquire);
    if (t == NULL) {
        pthread_mutex_lock(&init_m);
        t = atomic_load_explicit(&the_table, memory_order_relaxed);
        if (t == NULL) {
            t = malloc(sizeof *t);
            t->n = 8;
            for (int i = 0; i < 8; i++)
                t->vals[i] = i * i;
            atomic_store_explicit(&the_table, t, memory_order_release);
        }
        pthread_mutex_unlock(&init_m);
    }
    return t;
}

static void *worker(void *arg)
{
    long s = 0;
    (void)arg;
    for (int r = 0; r < 100; r++) {
        struct table *t = get_table();
        for (int i = 0; i < t->n; i++)
            s += t->vals[i];
    }
    return (void *)s;
}

int main(void)
{
    pthread_t th[4];
    void *ret;
    long s = 0;
    for (int i = 0; i < 4; i++)
        pthread_create(&th[i], NULL, worker, NULL);
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], &ret);
        s += (long)ret;
    }
    printf("%ld\n", s);
    free(atomic_load(&the_table));
    return 0;
}
