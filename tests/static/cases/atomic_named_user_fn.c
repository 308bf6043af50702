// A function of the program's own whose name starts with atomic_ (a kernel-style
// atomic_inc that is a plain ++, an atomic_lock() around a mutex) is its code, not the C11
// library's: only the atomic_* declared in the system's headers are atomic operations.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int refs, guarded;

static void atomic_inc(int *p)
{
    (*p)++; // RACE: plain, whatever its name says
}

static void atomic_lock(void)
{
    pthread_mutex_lock(&m);
}

static void atomic_unlock(void)
{
    pthread_mutex_unlock(&m);
}

static void *worker(void *arg)
{
    (void)arg;
    atomic_inc(&refs);
    atomic_lock();
    guarded++; // NORACE: under m, taken by atomic_lock()
    atomic_unlock();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return refs + guarded;
}
