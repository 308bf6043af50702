// A wrapper handing its function parameter to pthread_create starts, at each call, the
// function that call passes (spawn(bump) starts bump, not every function any spawn() was
// given). A wrapper that changes its function parameter before pthread_create may start
// any function it was given or assigned.
#include <pthread.h>

int counter, late, shared;

static pthread_t spawn(void *(*fn)(void *), void *arg)
{
    pthread_t t;
    pthread_create(&t, NULL, fn, arg);
    return t;
}

static void *run_fn(void *arg) { (void)arg; return NULL; }
static void *run_late(void *arg) { (void)arg; late = 1; return NULL; } // RACE (possible): start_any may run it

static pthread_t start_any(void *(*fn)(void *), int which)
{
    if (which)
        fn = run_late;
    pthread_t t;
    pthread_create(&t, NULL, fn, NULL);
    return t;
}

static void *bump(void *p) { (void)p; counter++; return NULL; } // NORACE: spawned after main's write
static void *idle(void *p) { (void)p; return NULL; }
static void *touch(void *p) { *(int *)p = 1; return NULL; } // RACE (definite): main writes shared meanwhile

int main(void)
{
    spawn(idle, NULL);
    counter = 1;
    spawn(bump, NULL);
    spawn(touch, &shared);
    shared = 2; // RACE (definite)
    start_any(run_fn, 0);
    late = 2; // RACE (possible)
    return 0;
}
