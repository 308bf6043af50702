/* TRUTH: racy — each thread gets its own malloc'd account and locks that account's own mutex; total is shared, so the two increments are not excluded */
#include <pthread.h>
#include <stdlib.h>
struct account {
    pthread_mutex_t lock;
    long cents;
};
static long total;
static void acquire(pthread_mutex_t *l) { pthread_mutex_lock(l); }
static void release(pthread_mutex_t *l) { pthread_mutex_unlock(l); }
static void *tally(void *arg)
{
    struct account *a = arg;
    acquire(&a->lock);
    a->cents++;
    total++;
    release(&a->lock);
    return NULL;
}
int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++) {
        struct account *a = malloc(sizeof *a);
        pthread_mutex_init(&a->lock, NULL);
        a->cents = 0;
        pthread_create(&t[i], NULL, tally, a);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return 0;
}
