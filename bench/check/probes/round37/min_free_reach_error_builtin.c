/* TRUTH: free — reach_error() ends the run (__builtin_abort); b continues past the check only after seeing ready == 1, published by a after data = 42 (line 14), so b's data++ (line 24) is ordered after it. */
#include <pthread.h>

static void reach_error(void) { __builtin_abort(); }

static int data, ready;

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
    if (!__VERIFIER_atomic_seen())
        reach_error();
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
