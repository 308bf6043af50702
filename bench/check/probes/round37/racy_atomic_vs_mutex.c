/* TRUTH: racy — thread A updates x inside an atomic section (line 13), thread B under a mutex (line 22): the section and the mutex do not exclude each other. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *A(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_begin();
    x += 1;
    __VERIFIER_atomic_end();
    return NULL;
}

static void *B(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    x += 2;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, A, NULL);
    pthread_create(&b, NULL, B, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return x;
}
