/* TRUTH: free — both only read p (p + 1, p - 1) */
#include <pthread.h>
#define ID(a) a
#define ID2(a) ID(ID(a))
int arr[4]; int *p = arr + 1;
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = (long)(ID(p) + 1); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); sink2 = (long)(ID(p) - 1); pthread_join(t, 0); return 0; }
