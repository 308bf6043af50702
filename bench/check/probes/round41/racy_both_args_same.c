/* TRUTH: racy — both instances are given &out, so both write out (line 4) concurrently. */
#include <pthread.h>
int out;
void *w(void *a) { int *p = a; if (p) *p = 3; return 0; }
int main(void) { pthread_t x, y; pthread_create(&x, 0, w, &out); pthread_create(&y, 0, w, &out); pthread_join(x, 0); pthread_join(y, 0); return out; }
