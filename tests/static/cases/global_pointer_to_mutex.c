// A mutex locked directly in one thread and through a global pointer that only ever holds
// its address in another is one mutex; through a pointer to another mutex, or one that is
// reassigned, it is not.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *mp = &m, *other = &m2, *moved = &m;
static int counter, second, third;

static void *t1(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    counter++; // NORACE
    second++;  // RACE
    third++;   // RACE
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *t2(void *arg)
{
    (void)arg;
    pthread_mutex_lock(mp);
    counter++;
    pthread_mutex_unlock(mp);
    pthread_mutex_lock(other);
    second++;
    pthread_mutex_unlock(other);
    pthread_mutex_lock(moved);
    third++;
    pthread_mutex_unlock(moved);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    moved = &m2;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
