/* TRUTH: racy — b writes x = 2 (line 18) before calling the noreturn die(); the write is unordered with a's x = 1 (line 11). */
#include <pthread.h>

extern void die(int code) __attribute__((noreturn));

static int x;

static void *a(void *arg)
{
    (void)arg;
    x = 1;
    return NULL;
}

static void *b(void *arg)
{
    (void)arg;
    x = 2;
    die(3);
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
