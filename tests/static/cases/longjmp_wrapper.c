// A function that always longjmps (a throw() wrapper) leaves its caller's path dead; the
// setjmp side goes on with a well-formed state (it used to carry uninitialized lock sets).
#include <pthread.h>
#include <setjmp.h>

static jmp_buf env;
int g;

static void fail(void)
{
    longjmp(env, 1);
}

static void *worker(void *arg)
{
    (void)arg;
    g++; // RACE: main writes g after the longjmp while worker may run
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    if (!setjmp(env))
        fail();
    g = 2; // RACE
    pthread_join(t, NULL);
    return g; // NORACE: after the join
}
