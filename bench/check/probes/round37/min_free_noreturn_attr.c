/* TRUTH: free — die() is declared __attribute__((noreturn)); b calls it (line 18) before x = 2, which never runs; a's x = 1 (line 11) has no conflicting access. */
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
    die(3);
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
