// An atomic access races with a plain one of the same object when nothing orders them (C11:
// conflicting accesses, one not atomic): definite. On a word the program synchronizes on (a
// spin lock's word released by a plain store), its own protocol may order them: possible.
#include <pthread.h>

static int refs = 1, lockw, data;

static void *getter(void *arg)
{
    (void)arg;
    __atomic_fetch_add(&refs, 1, __ATOMIC_SEQ_CST); // RACE (definite)
    while (__sync_lock_test_and_set(&lockw, 1)) // RACE (possible)
        ;
    data++; // NORACE: under the spin lock
    lockw = 0; // RACE (possible): a plain release of the lock word
    return NULL;
}

static void *resetter(void *arg)
{
    (void)arg;
    refs = 0; // RACE (definite)
    return NULL;
}

int main(void)
{
    pthread_t x, y, z;
    pthread_create(&x, NULL, getter, NULL);
    pthread_create(&y, NULL, resetter, NULL);
    pthread_create(&z, NULL, getter, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    pthread_join(z, NULL);
    return refs + data;
}
