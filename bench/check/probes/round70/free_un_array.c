/* TRUTH: free — ID(arr) decays to pointer, no access; main writes arr[0] */
#include <pthread.h>
#define ID(a) a
#define ID2(a) ID(ID(a))
int arr[4];
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = (long)ID(arr); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); arr[0] = 1; pthread_join(t, 0); return 0; }
