// A return from a branch of a thread's entry ends the thread as exit does. On a test of what
// may fail on any run (an allocation's result, a thread API call's, a nondeterministic
// value) it is an error path: what follows is reached on the runs that pass it (definite).
// On anything else (a local set to NULL on the way, a pointer to a local) the branch may be
// taken on every run: what follows is only possible. On what another thread writes, the
// thread goes on only once it held: a wait.
#include <pthread.h>
#include <stdlib.h>

static int a, b, c, z, ready, data;

static void *alloc_checked(void *arg)
{
    (void)arg;
    int *p = malloc(sizeof(int));
    if (!p)
        return NULL;
    free(p);
    a = 1; // RACE (definite): the runs where malloc succeeded
    return NULL;
}

static void *always_null(void *arg)
{
    (void)arg;
    int d = 0;
    int *q = &d;
    q = NULL;
    if (!q)
        return NULL;
    b = 1; // RACE (possible): never reached, but not proved so
    return NULL;
}

static void *both_ways(void *arg)
{
    (void)arg;
    int *p = malloc(sizeof(int));
    if (!p)
        return NULL;
    if (p) {
        free(p);
        return NULL; /* (on success: no error path) */
    }
    z = 1; // RACE (possible): never reached, but not proved so
    return NULL;
}

static void *waits(void *arg)
{
    (void)arg;
    if (!ready)
        return NULL;
    c = data; // RACE (possible): it goes on only once it saw ready set (a wait)
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    pthread_create(&t[0], NULL, alloc_checked, NULL);
    pthread_create(&t[1], NULL, always_null, NULL);
    pthread_create(&t[2], NULL, waits, NULL);
    pthread_create(&t[3], NULL, both_ways, NULL);
    a = b = z = 2;
    data = 5;
    ready = 1;
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return a + b + c + z;
}
