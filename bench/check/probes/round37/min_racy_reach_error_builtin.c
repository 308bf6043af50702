/* TRUTH: racy — inverted check: b goes on only if it ran before the publish, so its data++ (line 24) is unordered with a's data = 42 (line 14). */
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
    if (__VERIFIER_atomic_seen())
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
