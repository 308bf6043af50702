/* TRUTH: racy — T1 reads s.a with __atomic_load_n while T2 writes s.a plainly; unordered. (s.b is only touched by T1, no race there.) */
#include <pthread.h>
#include <stdio.h>
struct st { int a; int b; };
static struct st s;
static void *t1(void *arg) {
    s.b = __atomic_load_n(&s.a, __ATOMIC_ACQUIRE);
    return arg;
}
static void *t2(void *arg) {
    s.a = 4;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", s.a, s.b);
    return 0;
}
