/* TRUTH: race-free. idx(1) is 3; worker writes a[3], main writes a[2]. */
#include <pthread.h>
int a[4];
static int idx(int k) { return k * 2 + 1; }
void *w(void *p) { (void)p; a[idx(1)] = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); a[2] = 2; pthread_join(t, 0); return a[2]; }
