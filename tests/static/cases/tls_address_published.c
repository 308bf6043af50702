// ARGS: --type-matches
// A thread-local variable whose address is handed to another thread is shared: the owner's
// writes to its fields (tl.calls) and through a pointer to it (*me) race with the other
// thread's reads through the published pointer. Before, an access to a field of the variable
// was dropped (the address facts name the variable, the access its field) and one through a
// local pointer was never recorded: race-free claimed.
#include <pthread.h>

struct stats {
    int calls;
    int errors;
};
static _Thread_local struct stats tl;
static struct stats *pub;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *owner(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    pub = &tl;
    pthread_mutex_unlock(&m);
    tl.calls++; // RACE (possible)
    struct stats *me = &tl;
    me->errors++; // RACE (possible)
    return NULL;
}

static void *peek(void *arg)
{
    int s = 0;
    (void)arg;
    pthread_mutex_lock(&m);
    if (pub)
        s = pub->calls + pub->errors;
    pthread_mutex_unlock(&m);
    return (void *)(long)s;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, owner, NULL);
    pthread_create(&b, NULL, peek, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
