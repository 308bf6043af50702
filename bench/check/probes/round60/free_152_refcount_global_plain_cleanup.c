/* TRUTH: free — global object g with refs=2: each owner reads g.data plainly and then does an ACQ_REL __atomic_sub_fetch on g.refs; only the owner that gets 0 (whose RMW reads-from the other's release RMW) then plainly writes g.refs and g.data. Every pair is ordered by that RMW chain; main reads after join. */
#include <pthread.h>
#include <stdio.h>
static struct { int refs; int data; } g = { 2, 10 };
static int seen_a, seen_b;
static void *owner_a(void *arg) {
    seen_a = g.data;
    if (__atomic_sub_fetch(&g.refs, 1, __ATOMIC_ACQ_REL) == 0) {
        g.refs = -1;
        g.data = 0;
    }
    return arg;
}
static void *owner_b(void *arg) {
    seen_b = g.data;
    if (__atomic_sub_fetch(&g.refs, 1, __ATOMIC_ACQ_REL) == 0) {
        g.refs = -1;
        g.data = 0;
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, owner_a, NULL);
    pthread_create(&b, NULL, owner_b, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d %d\n", seen_a, seen_b, g.refs, g.data);
    return 0;
}
