/* TRUTH: free — p->x is bytes 0-3 and p->arr[1] bytes 4-7 of a heap union; no overlap. */
#include <pthread.h>
#include <stdlib.h>
union U { struct { int x, y; }; int arr[2]; };
union U *p;
void *t1(void *a) { p->x = 1; return 0; }
void *t2(void *a) { p->arr[1] = 2; return 0; }
int main(void) {
    p = malloc(sizeof *p);
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
