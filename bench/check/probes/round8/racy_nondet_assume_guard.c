/* TRUTH: racy. Without the assume, mode may be 0, in which case the worker updates the balance without the lock. */
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long balance = 100;
static int mode;

static void *worker(void *arg)
{
    (void)arg;
    if (mode == 1) {
        pthread_mutex_lock(&m);
        balance -= 10;
        pthread_mutex_unlock(&m);
    } else {
        balance -= 10;
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    mode = __VERIFIER_nondet_int();
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return balance < 0;
}
