// A call through a global function pointer that holds several functions, one of which ends
// the thread given the call's arguments: which one the pointer holds when the thread calls it
// is not followed (main points it elsewhere before the start), so what follows the call may
// never run: a possible race, not a definite one. Here leave holds leave_if by then, and the
// worker never writes hits.
#include <pthread.h>

static int hits;

static void stay(int v)
{
    (void)v;
}

static void leave_if(int v)
{
    if (v)
        pthread_exit(0);
}

static void (*leave)(int) = stay;

static void *worker(void *arg)
{
    (void)arg;
    leave(1);
    hits++; // RACE (possible): never reached
    return 0;
}

int main(void)
{
    leave = leave_if;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits++;
    pthread_join(t, 0);
    return hits;
}
