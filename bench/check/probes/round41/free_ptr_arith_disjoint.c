/* TRUTH: free — p = &arr[1], so p[2] is arr[3]; t1 writes arr[2] (line 5), t2 writes arr[3] via p[2] (line 6): different elements. */
#include <pthread.h>
int arr[4];
int *p = &arr[1];
void *t1(void *a) { arr[2] = 1; return 0; }
void *t2(void *a) { p[2] = 2; return 0; }
int main(void) { pthread_t x, y; pthread_create(&x, 0, t1, 0); pthread_create(&y, 0, t2, 0); pthread_join(x, 0); pthread_join(y, 0); return arr[2]; }
