// if (!setjmp(env)): the other branch runs only through longjmp(env), with the state the
// longjmp left (here, the lock the failing step took).
#include <pthread.h>
#include <setjmp.h>

static jmp_buf env;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int state;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    state = 3; // NORACE
    pthread_mutex_unlock(&m);
    return NULL;
}

static void step(void)
{
    pthread_mutex_lock(&m);
    if (state == 3)
        longjmp(env, 1); /* bail out, still holding m */
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    if (!setjmp(env)) {
        step();
        state = 1; // NORACE: step returned holding m
    }
    state = 5; // NORACE: m is held on both ways here
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return state;
}
