// Thread A creates thread B, which reads x, and writes x again before joining
// B -> A's second write races with B's read.
#include <pthread.h>
#include <stdio.h>
static int x;
static void *thread_b(void *arg) { *(int *)arg = x; return NULL; }
static void *thread_a(void *arg) {
    (void)arg;
    int r;
    pthread_t b;
    x = 10;
    pthread_create(&b, NULL, thread_b, &r);
    x = 11;
    pthread_join(b, NULL);
    return NULL;
}
int main(void) {
    pthread_t a;
    pthread_create(&a, NULL, thread_a, NULL);
    pthread_join(a, NULL);
    printf("%d\n", x);
    return 0;
}
