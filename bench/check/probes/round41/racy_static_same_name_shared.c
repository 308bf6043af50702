/* TRUTH: racy — both threads call bump(), whose single `static int c` is written by both (line 4). */
#include <pthread.h>
int out1, out2;
static int bump(int k) { static int c; c += k; return c; }
void *t1(void *a) { out1 = bump(1); return 0; }
void *t2(void *a) { out2 = bump(2); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return out1 + out2; }
