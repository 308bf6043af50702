/* TRUTH: racy — t1 clears the whole array with memset (line 5) while t2 reads arr[3] (line 6). */
#include <pthread.h>
#include <string.h>
int arr[8]; int r;
void *t1(void *a) { memset(arr, 0, sizeof arr); return 0; }
void *t2(void *a) { r = arr[3]; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return r; }
