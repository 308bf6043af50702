// A label a goto may jump to is reached from anywhere in the function, past a return too,
// holding no lock the analysis cannot be sure of.
#include <pthread.h>

extern int nondet(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int skipped, after_return, guarded;

static void *skipper(void *arg)
{
    (void)arg;
    if (nondet())
        goto work;
    pthread_mutex_lock(&m);
work:
    skipped++; // RACE (possible): the goto comes here without m
    if (nondet())
        goto late;
    return NULL;
late:
    after_return++; // RACE (possible): reached only by the goto, after a return
    return NULL;
}

static void *locker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    guarded++; // NORACE: no label between the lock and it
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b, c, d;
    pthread_create(&a, NULL, skipper, NULL);
    pthread_create(&b, NULL, skipper, NULL);
    pthread_create(&c, NULL, locker, NULL);
    pthread_create(&d, NULL, locker, NULL);
    return 0;
}
