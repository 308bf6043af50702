/* TRUTH: racy — t1 creates t2 and THEN writes x (line 5); t2 reads x (line 4) concurrently. */
#include <pthread.h>
int x; int r;
void *t2(void *a) { r = x; return 0; }
void *t1(void *a) { pthread_t c; pthread_create(&c, 0, t2, 0); x = 4; pthread_join(c, 0); return 0; }
int main(void) { pthread_t p; pthread_create(&p, 0, t1, 0); pthread_join(p, 0); return x + r; }
