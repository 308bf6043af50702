/* TRUTH: racy - the worker sets job->done before writing job->out; main may see done and read out while it is being written */
#include <pthread.h>
#include <stdatomic.h>
#include <sched.h>
struct job { int in; int out; atomic_int done; };
static struct job jb = { 6, 0, 0 };
static void *worker(void *arg)
{
    struct job *j = arg;
    atomic_store(&j->done, 1);
    j->out = j->in * 7;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, &jb);
    pthread_detach(t);
    while (!atomic_load(&jb.done))
        sched_yield();
    return jb.out == 42 ? 0 : 1;
}
