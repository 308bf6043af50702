// Thread A writes x and then creates thread B, which reads x; A joins B before
// writing x again -> create/join order every access.
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
    pthread_join(b, NULL);
    x = r + 1;
    return NULL;
}
int main(void) {
    pthread_t a;
    pthread_create(&a, NULL, thread_a, NULL);
    pthread_join(a, NULL);
    printf("%d\n", x);
    return 0;
}
