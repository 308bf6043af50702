/* TRUTH: racy — IDX is 1: t1's a[IDX]++ (line 5) and t2's a[1]++ (line 6) write the same element with no lock. */
#include <pthread.h>
#define IDX 1
static int a[2];
static void *t1(void *x) { (void)x; a[IDX]++; return 0; } // @A
static void *t2(void *x) { (void)x; a[1]++; return 0; } // @B
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return 0; }
