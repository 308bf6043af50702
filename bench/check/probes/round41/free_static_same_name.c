/* TRUTH: free — t1's `static int c` and t2's `static int c` are two distinct objects; each is written only by its own single thread (lines 4,5). */
#include <pthread.h>
int out1, out2;
void *t1(void *a) { static int c; c++; out1 = c; return 0; }
void *t2(void *a) { static int c; c += 2; out2 = c; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return out1 + out2; }
