// A variable's cleanup attribute calls its function with the variable's address when the
// variable leaves its block (at the block's end or a return): here an unlock.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter, after;

static void unlock_it(pthread_mutex_t **l)
{
    pthread_mutex_unlock(*l);
}

static int bump(void)
{
    pthread_mutex_t *l __attribute__((cleanup(unlock_it))) = &m;
    pthread_mutex_lock(l);
    return ++counter; // NORACE: the cleanup unlocks after the value is computed
}

static void *worker(void *arg)
{
    (void)arg;
    bump();
    {
        pthread_mutex_t *l __attribute__((cleanup(unlock_it))) = &m;
        pthread_mutex_lock(l);
        counter++; // NORACE
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    bump();
    pthread_join(t, NULL);
    after = counter; // NORACE: joined
    return after;
}
