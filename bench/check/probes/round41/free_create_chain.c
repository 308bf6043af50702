/* TRUTH: free — t1 writes x (line 5) then creates t2, which reads x (line 4); t1 does not touch x after the create; main reads x after joining t1, which joined t2. */
#include <pthread.h>
int x; int r;
void *t2(void *a) { r = x; return 0; }
void *t1(void *a) { pthread_t c; x = 4; pthread_create(&c, 0, t2, 0); pthread_join(c, 0); return 0; }
int main(void) { pthread_t p; pthread_create(&p, 0, t1, 0); pthread_join(p, 0); return x + r; }
