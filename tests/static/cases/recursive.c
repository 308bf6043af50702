// A lock taken again while held (a recursive mutex) stays held until as many unlocks;
// unlocking an element no one can name (m[i]) may release any element; casts to a named
// pointer type keep what the pointer points at.
#include <pthread.h>
#include <stdlib.h>

static pthread_mutex_t rec, slots[2];
static int deep, shallow;

static void *worker(void *arg)
{
    pthread_mutex_t *m = (pthread_mutex_t *)arg;
    pthread_mutex_lock(m);
    pthread_mutex_lock(m);
    pthread_mutex_unlock(m);
    deep++; // NORACE: rec is still held once
    pthread_mutex_unlock(m);
    pthread_mutex_lock(&slots[0]);
    pthread_mutex_unlock(&slots[rand() % 2]);
    shallow++; // RACE: slots[0] may have been released
    pthread_mutex_unlock(&slots[0]);
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&rec, &a);
    pthread_mutex_init(&slots[0], NULL);
    pthread_mutex_init(&slots[1], NULL);
    pthread_t t;
    pthread_create(&t, NULL, worker, &rec);
    pthread_mutex_lock(&rec);
    deep++; // NORACE
    pthread_mutex_unlock(&rec);
    pthread_mutex_lock(&slots[0]);
    shallow++; // RACE
    pthread_mutex_unlock(&slots[0]);
    pthread_join(t, NULL);
    return 0;
}
