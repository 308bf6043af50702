// An if comparing a global integer with a literal that no value of the global can satisfy
// is dead: the global's values over the whole run are its first value, the literals
// stored into it and the bounds of saturating steps ('if (n < 10) n++;'). Any other write
// ('n = f()', an unguarded '++', its address taken) makes them unknown.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int bounded, mode = 1, loose, stored;
static int hit, flag, wide, other;

static int pick(void)
{
    return 42;
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    if (bounded < 10)
        bounded++;
    if (bounded > 20)
        hit = 1; // NORACE: bounded stays within 0..10
    if (mode == 7)
        flag = 1; // NORACE: mode is only ever 1, 3 or 5
    loose++;
    if (loose > 20)
        wide = 1; // RACE: loose grows without bound
    stored = pick();
    if (stored == 3)
        other = 1; // RACE: stored takes values not known
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    mode = 3;
    mode = 5;
    pthread_mutex_unlock(&m);
    hit = flag = 2; // NORACE
    wide = other = 2; // RACE
    pthread_join(t, NULL);
    return 0;
}
