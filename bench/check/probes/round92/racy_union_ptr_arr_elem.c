/* racy: p = &g.arr[1] points at the int that g.s.b also names (byte 4 of union g); one
   thread writes *p, the other g.s.b, no lock. */
#include <pthread.h>
union U { struct { int a; int b; } s; int arr[2]; };
static union U g;
static void *ta(void *arg) { (void)arg; int *p = &g.arr[1]; *p = 1; return 0; }
static void *tb(void *arg) { (void)arg; g.s.b = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return g.s.b;
}
