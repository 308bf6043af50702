/* TRUTH: racy. The lock array decays to a pointer in locked_inc, and the two threads pass different indices (0 and 1) while incrementing the same counter. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t table[3] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int counter;

static void locked_inc(pthread_mutex_t *ls, int i)
{
    pthread_mutex_lock(ls + i);
    counter++;
    pthread_mutex_unlock(ls + i);
}

static void *w0(void *arg) { (void)arg; locked_inc(table, 0); return NULL; }
static void *w1(void *arg) { (void)arg; locked_inc(table, 1); return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w0, NULL);
    pthread_create(&b, NULL, w1, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
