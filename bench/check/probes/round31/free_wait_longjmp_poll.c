/* TRUTH: race-free. main re-polls 'ready' under m by longjmp back to a setjmp until it is 1; the setjmp'd frame (main) is live and 'polls' is volatile; worker wrote stats before publishing under m, so create(reporter) is ordered after. */
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
    stats = 5;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
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
