/* TRUTH: racy — atomic_note() is a plain helper that bumps the global events counter (line 9); it is called by both threads without any lock. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static int events;

static void atomic_note(void)
{
    events++;
}

static void *w(void *arg)
{
    (void)arg;
    atomic_note();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w, NULL);
    pthread_create(&b, NULL, w, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return events;
}
