// A mutex, once object or lock word declared thread-local (__thread, _Thread_local) is each
// thread's own copy: taking it excludes no other thread. A global one does.
#include <pthread.h>
#include <stdatomic.h>

static __thread pthread_mutex_t own = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t shared_m = PTHREAD_MUTEX_INITIALIZER;
static _Thread_local atomic_flag own_word = ATOMIC_FLAG_INIT;
static int a, b, c;

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
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return a + b + c;
}
