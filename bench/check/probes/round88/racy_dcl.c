/* Racy: double-checked locking done wrong: the fast path tests a plain 'initialised'
   flag outside the mutex; that read races with the write of the flag under the mutex,
   and so do the subsequent reads of the table's fields. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct table { int n; int vals[8]; };

static struct table *the_table;
static int initialised;           /* BUG: plain flag used to publish */
static pthread_mutex_t init_m = PTHREAD_MUTEX_INITIALIZER;

static struct table *get_table(void)
{
    if (!initialised) {
        pthread_mutex_lock(&init_m);
        if (!initialised) {
            struct table *t = malloc(sizeof *t);
            t->n = 8;
            for (int i = 0; i < 8; i++)
                t->vals[i] = i * i;
            the_table = t;
            initialised = 1;
        }
        pthread_mutex_unlock(&init_m);
    }
    return the_table;
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
    free(the_table);
    return 0;
}
