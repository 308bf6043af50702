/* TRUTH: racy — T1 does __atomic_fetch_add through a pointer argument that points at g, while T2 writes g plainly by name; same object, atomic RMW vs plain write, unordered. */
#include <pthread.h>
#include <stdio.h>
static int g;
static void *t1(void *arg) {
    int *p = arg;
    for (int i = 0; i < 1000; i++) __atomic_fetch_add(p, 1, __ATOMIC_SEQ_CST);
    return NULL;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) g = i;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, &g);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", g);
    return 0;
}
