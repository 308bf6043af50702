// What the thread API stores through a pointer that is not one of its own objects
// (sem_getvalue's value, pthread_sigmask's old set, pthread_getschedparam's policy) is a
// write of the program's memory like any library call's.
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <sched.h>

int level = -1, policy;
sigset_t oldmask;
struct sched_param param;
sem_t s;

static void *peek(void *arg)
{
    (void)arg;
    sem_getvalue(&s, &level); // RACE (possible): main reads level
    pthread_sigmask(SIG_BLOCK, NULL, &oldmask); // RACE (possible): main reads the set
    pthread_getschedparam(pthread_self(), &policy, &param); // RACE (possible)
    return NULL;
}

int main(void)
{
    sem_init(&s, 0, 0);
    pthread_t t;
    pthread_create(&t, NULL, peek, NULL);
    int r = level + policy + param.sched_priority + sigismember(&oldmask, SIGINT); // RACE (possible)
    pthread_join(t, NULL);
    return r;
}
