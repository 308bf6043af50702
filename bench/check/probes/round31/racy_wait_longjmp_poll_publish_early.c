/* TRUTH: racy. Same protocol as free_wait_longjmp_poll.c, but the first thread sets its flag under m BEFORE its plain write (stats = 5;); the second thread, started once main saw the flag, accesses the same object concurrently with that write. */
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int ready;
static long stats;
static jmp_buf env;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    stats = 5;
    return NULL;
}

static void *reporter(void *arg)
{
    (void)arg;
    stats = stats + 1;
    return NULL;
}

static void check_ready(void)
{
    pthread_mutex_lock(&m);
    int d = ready;
    pthread_mutex_unlock(&m);
    if (!d) {
        sched_yield();
        longjmp(env, 1);
    }
}

int main(void)
{
    pthread_t a, b;
    volatile int polls = 0;
    pthread_create(&a, NULL, worker, NULL);
    if (setjmp(env))
        polls = polls + 1;
    check_ready();
    pthread_create(&b, NULL, reporter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %d\n", stats, polls);
    return 0;
}
