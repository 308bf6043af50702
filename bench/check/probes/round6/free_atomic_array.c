/* TRUTH: race-free. Every element of arr is _Atomic; both threads update arr[1]. */
#include <pthread.h>
_Atomic int arr[4];
void *w(void *a) { (void)a; arr[1]++; arr[(long)a] += 2; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, (void *)1); arr[1]--; int r = arr[1]; pthread_join(t, 0); return r; }
