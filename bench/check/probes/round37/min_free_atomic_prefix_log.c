/* TRUTH: free — atomic_note() bumps events (line 11) while holding mutex m, so both calls are ordered. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int events;

static void atomic_note(void)
{
    pthread_mutex_lock(&m);
    events++;
    pthread_mutex_unlock(&m);
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
