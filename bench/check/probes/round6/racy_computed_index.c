/* TRUTH: racy. idx() returns 2, so both threads write a[2]. */
#include <pthread.h>
int a[4];
static int idx(int k) { return (k << 1) | 0; }
void *w(void *p) { (void)p; a[idx(1)] = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); a[2] = 2; pthread_join(t, 0); return 0; }
