/* TRUTH: racy — main starts b when it saw flag == 0, possibly before a's x = 1 (line 12); b's x = 2 (line 20) then runs unordered with it. */
#include <pthread.h>

static int x, flag;

void __VERIFIER_atomic_set(void) { flag = 1; }
int __VERIFIER_atomic_get(void) { return flag; }

static void *a(void *arg)
{
    (void)arg;
    x = 1;
    __VERIFIER_atomic_set();
    return NULL;
}

static void *b(void *arg)
{
    (void)arg;
    x = 2;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, a, NULL);
    if (__VERIFIER_atomic_get())
        __builtin_abort();
    pthread_create(&t2, NULL, b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
