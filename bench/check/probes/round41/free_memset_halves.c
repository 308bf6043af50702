/* TRUTH: free — t1 memsets arr[0..3] (line 5), t2 writes arr[4..7] (line 6): disjoint ranges. */
#include <pthread.h>
#include <string.h>
int arr[8];
void *t1(void *a) { memset(arr, 0, 4 * sizeof arr[0]); return 0; }
void *t2(void *a) { for (int i = 4; i < 8; i++) arr[i] = i; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return arr[5]; }
