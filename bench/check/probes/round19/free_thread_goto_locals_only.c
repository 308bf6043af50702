/* TRUTH: race-free. Threads sum into locals with a goto loop; main reads their results via join. */
#include <pthread.h>
int x;
void *f(void *a) {
    long s = 0;
    int i = 0;
again:
    s += i;
    if (++i < 10)
        goto again;
    return (void *)s;
}
int main(void) {
    pthread_t t[2];
    void *r0, *r1;
    pthread_create(&t[0], 0, f, 0);
    pthread_create(&t[1], 0, f, 0);
    x = 1;
    pthread_join(t[0], &r0);
    pthread_join(t[1], &r1);
    x += (int)(long)r0 + (int)(long)r1;
    return 0;
}
