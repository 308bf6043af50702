/* TRUTH: racy — both threads get &g; one writes p->y, the other p->arr[1]: same bytes. */
#include <pthread.h>
union U { struct { int x, y; }; int arr[2]; };
union U g;
void *t1(void *a) { union U *p = a; p->y = 1; return 0; }
void *t2(void *a) { union U *p = a; p->arr[1] = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, &g);
    pthread_create(&b, 0, t2, &g);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
