/* TRUTH: racy — slot(0) returns &arr[0]; t1 writes through it (line 5) while t2 writes arr[0] (line 6). */
#include <pthread.h>
int arr[2];
static int *slot(int i) { return &arr[i]; }
void *t1(void *x) { *slot(0) = 1; return 0; }
void *t2(void *x) { arr[0] = 2; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return arr[0]; }
