/* TRUTH: racy — both threads are given &s.x and both do *f += 1 on s.x concurrently. */
#include <pthread.h>
#include <stdio.h>
struct pair { int x; int y; };
static struct pair s;
static void *inc(void *p) {
    int *f = p;
    for (int i = 0; i < 10; i++) *f += 1;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, inc, &s.x);
    pthread_create(&b, NULL, inc, &s.x);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", s.x, s.y);
    return 0;
}
