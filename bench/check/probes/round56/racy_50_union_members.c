/* TRUTH: racy — u.i and u.f are members of one union and overlap in memory; thread A writes u.i and thread B writes u.f concurrently. */
#include <pthread.h>
#include <stdio.h>

union value { int i; float f; };
static union value u;

static void *write_int(void *arg)   { (void)arg; u.i = 42; return NULL; }
static void *write_float(void *arg) { (void)arg; u.f = 4.2f; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, write_int, NULL);
    pthread_create(&b, NULL, write_float, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", u.i);
    return 0;
}
