/* TRUTH: race-free - detached worker fills job->out, then atomic_store(&job->done, 1) (seq_cst); main spins on atomic_load(&job->done) before reading job->out */
#include <pthread.h>
#include <stdatomic.h>
#include <sched.h>
struct job { int in; int out; atomic_int done; };
static struct job jb = { 6, 0, 0 };
static void *worker(void *arg)
{
    struct job *j = arg;
    j->out = j->in * 7;
    atomic_store(&j->done, 1);
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
