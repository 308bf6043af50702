// Unlocking the mutex a global pointer names (twist(a_more) releases a_more->mutex) releases
// that lock, not another pointer's (b_more->mutex stays held), nor a global mutex whose
// address only goes to lock calls; a global mutex whose address is stored where the pointer
// may have it (lone = &m2) may be the one released.
#include <pthread.h>
#include <stdlib.h>

typedef struct { pthread_mutex_t mutex; long value; } lock;
static lock *a_more, *b_more;
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *lone;
static int guarded, exposed;

static lock *new_lock(void)
{
    lock *l = malloc(sizeof *l);
    if (!l)
        abort();
    pthread_mutex_init(&l->mutex, NULL);
    l->value = 0;
    return l;
}

static void possess(lock *l) { pthread_mutex_lock(&l->mutex); }
static void twist(lock *l, long v) { l->value = v; pthread_mutex_unlock(&l->mutex); } // NORACE: b_more's under b_more->mutex

static void *checker(void *arg)
{
    possess(b_more);
    twist(b_more, 0);
    pthread_mutex_lock(&m1);
    guarded++;
    pthread_mutex_unlock(&m1);
    pthread_mutex_lock(&m2);
    exposed++; // RACE (possible): main may have released m2 through lone
    pthread_mutex_unlock(&m2);
    return arg;
}

int main(void)
{
    pthread_t t;
    a_more = new_lock();
    b_more = new_lock();
    lone = &m2;
    pthread_create(&t, NULL, checker, NULL);
    possess(b_more);
    possess(a_more);
    twist(a_more, 1);
    twist(b_more, 1);
    pthread_mutex_lock(&m1);
    pthread_mutex_lock(&m2);
    pthread_mutex_unlock(lone);
    guarded++; // NORACE: m1 is never released through a pointer
    exposed++; // RACE (possible)
    pthread_mutex_unlock(&m2);
    pthread_mutex_unlock(&m1);
    pthread_join(t, NULL);
    return 0;
}
