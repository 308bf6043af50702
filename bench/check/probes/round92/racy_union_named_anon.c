/* racy: in union U, s.y (an anonymous struct inside named member s, at byte 8) is the same
   int as arr[2]; two threads write them with no lock. */
#include <pthread.h>
union U { struct S { int pad; struct { int x; int y; }; } s; int arr[3]; };
static union U g;
static void *ta(void *arg) { (void)arg; g.s.y = 1; return 0; }
static void *tb(void *arg) { (void)arg; g.arr[2] = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return g.arr[2];
}
