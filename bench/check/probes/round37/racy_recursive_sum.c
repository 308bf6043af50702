/* TRUTH: racy — the workers call rec() (line 21) without the mutex; its first total += 1 (line 10) runs in both threads on every run, unordered. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int total;

static void rec(int d)
{
    total += 1;
    if (d > 0)
        rec(d - 1);
}

static void *worker(void *arg)
{
    (void)arg;
    int d = __VERIFIER_nondet_int();
    if (d < 0 || d > 5)
        d = 0;
    rec(d);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total + (int)sizeof m;
}
