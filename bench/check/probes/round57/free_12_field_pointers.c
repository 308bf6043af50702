/* TRUTH: free — thread A gets &s.x and thread B gets &s.y; each writes only through its own pointer (distinct fields); main reads after joining both. */
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
    pthread_create(&b, NULL, inc, &s.y);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", s.x, s.y);
    return 0;
}
