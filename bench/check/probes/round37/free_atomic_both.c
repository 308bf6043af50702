/* TRUTH: free — both threads update x inside atomic sections (line 13, line 22), which exclude each other. */
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
    __VERIFIER_atomic_begin();
    x += 2;
    __VERIFIER_atomic_end();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, A, NULL);
    pthread_create(&b, NULL, B, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return x + (int)sizeof m;
}
