/* TRUTH: racy — the check is inverted: b goes on when it saw flag == 0, so its x = 2 (line 24) may run concurrently with a's x = 1 (line 14). */
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
    if (__VERIFIER_atomic_get())
        fatal("too late");
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
