/* TRUTH: racy. u.i and u.f share storage, so the two threads' unsynchronized writes through different union members conflict. */
#include <pthread.h>
#include <stdio.h>

static union {
    int i;
    float f;
} u;

static void *wi(void *arg) { (void)arg; u.i = 5; return NULL; }
static void *wf(void *arg) { (void)arg; u.f = 2.5f; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, wi, NULL);
    pthread_create(&b, NULL, wf, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", u.i);
    return 0;
}
