/* TRUTH: racy — g.y and g.arr[1] are the same bytes of global union g; written unordered. */
#include <pthread.h>
union U { struct { int x, y; }; int arr[2]; };
union U g;
void *t1(void *a) { g.y = 1; return 0; }
void *t2(void *a) { g.arr[1] = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
