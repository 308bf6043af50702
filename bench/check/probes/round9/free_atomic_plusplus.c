/* TRUTH: free. hits has _Atomic type, so hits++ and hits += 2 are atomic read-modify-writes, not data races. */
#include <pthread.h>
#include <stdio.h>

static _Atomic int hits;

static void *w1(void *arg) { (void)arg; for (int i = 0; i < 100; i++) hits++; return NULL; }
static void *w2(void *arg) { (void)arg; for (int i = 0; i < 100; i++) hits += 2; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w1, NULL);
    pthread_create(&b, NULL, w2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}
