/* TRUTH: free — assume_abort_if_not() stops the run (__builtin_abort) unless its argument holds; b goes on only after seeing ready == 1, set by a in an atomic function after data = 42 (line 18), so b's data++ (line 27) is ordered after it. */
#include <pthread.h>

static int data, ready;

static void assume_abort_if_not(int cond)
{
    if (!cond)
        __builtin_abort();
}

void __VERIFIER_atomic_publish(void) { ready = 1; }
int __VERIFIER_atomic_seen(void) { return ready; }

static void *a(void *arg)
{
    (void)arg;
    data = 42;
    __VERIFIER_atomic_publish();
    return NULL;
}

static void *b(void *arg)
{
    (void)arg;
    assume_abort_if_not(__VERIFIER_atomic_seen());
    data++;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, a, NULL);
    pthread_create(&t2, NULL, b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
