/* TRUTH: racy. ((int*)m)[2] is m[1][0]; worker writes it, main writes m[1][0]. */
#include <pthread.h>
int m[2][2];
void *w(void *a) { (void)a; ((int *)m)[2] = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); m[1][0] = 2; pthread_join(t, 0); return 0; }
