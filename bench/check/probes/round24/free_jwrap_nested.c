/* TRUTH: race-free. wait_for(t) copies the handle and passes the copy's address to wait_ptr(), which joins it: the same thread, so both workers have ended before main reads a and b. */
#include <pthread.h>
#include <stdio.h>

static int a, b;

static void *wa(void *arg) { (void)arg; a = 1; return NULL; }
static void *wb(void *arg) { (void)arg; b = 2; return NULL; }

static void wait_ptr(pthread_t *tp)
{
    pthread_join(*tp, NULL);
}

static void wait_for(pthread_t t)
{
    wait_ptr(&t);
}

int main(void)
{
    pthread_t ta, tb;
    pthread_create(&ta, NULL, wa, NULL);
    pthread_create(&tb, NULL, wb, NULL);
    wait_for(ta);
    wait_for(tb);
    printf("%d\n", a + b);
    return 0;
}
