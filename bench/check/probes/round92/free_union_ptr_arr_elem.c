/* race-free: p = &g.arr[1] is byte 4 of union g; the other thread writes g.s.a at byte 0:
   different ints. */
#include <pthread.h>
union U { struct { int a; int b; } s; int arr[2]; };
static union U g;
static void *ta(void *arg) { (void)arg; int *p = &g.arr[1]; *p = 1; return 0; }
static void *tb(void *arg) { (void)arg; g.s.a = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return g.s.a;
}
