// A mutex, once object or lock word declared thread-local (__thread, _Thread_local) is each
// thread's own copy: taking it excludes no other thread. A global one does. One whose
// address is handed to another thread may be taken by both (main's copy, through the
// pointer): not sure either way.
#include <pthread.h>
#include <stdatomic.h>

static __thread pthread_mutex_t own = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t shared_m = PTHREAD_MUTEX_INITIALIZER;
static _Thread_local atomic_flag own_word = ATOMIC_FLAG_INIT;
static __thread pthread_mutex_t lent = PTHREAD_MUTEX_INITIALIZER;
static int a, b, c, d;

static void *borrower(void *arg)
{
    pthread_mutex_t *m = arg;
    pthread_mutex_lock(m);
    d++; // RACE (possible): both lock main's lent (no race), not proved
    pthread_mutex_unlock(m);
    return NULL;
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&own);
    a++; // RACE: each thread locks its own copy
    pthread_mutex_unlock(&own);
    pthread_mutex_lock(&shared_m);
    b++; // NORACE
    pthread_mutex_unlock(&shared_m);
    while (atomic_flag_test_and_set(&own_word))
        ;
    c++; // RACE: each thread spins on its own word
    atomic_flag_clear(&own_word);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2, t3;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_create(&t3, NULL, borrower, &lent);
    pthread_mutex_lock(&lent);
    d++;
    pthread_mutex_unlock(&lent);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    return a + b + c;
}
