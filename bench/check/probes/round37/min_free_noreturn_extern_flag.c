/* TRUTH: free — fatal() is declared _Noreturn, so b goes past `if (!__VERIFIER_atomic_get()) fatal(...)` only after seeing flag == 1, set by a after x = 1 (line 14); b's x = 2 (line 24) is ordered after it. */
#include <pthread.h>

extern _Noreturn void fatal(const char *msg);

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
    if (!__VERIFIER_atomic_get())
        fatal("not ready");
    x = 2;
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
