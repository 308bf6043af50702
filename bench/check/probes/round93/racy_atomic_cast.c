// One thread bumps an atomic_int properly; the other writes it through a plain
// int* obtained by a cast -> a non-atomic write conflicting with atomic ops: race.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int x;
static void *t1(void *arg) { (void)arg; for (int i = 0; i < 1000; i++) atomic_fetch_add(&x, 1); return NULL; }
static void *t2(void *arg) { (void)arg; int *p = (int *)&x; for (int i = 0; i < 1000; i++) *p = 0; return NULL; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", atomic_load(&x));
    return 0;
}
