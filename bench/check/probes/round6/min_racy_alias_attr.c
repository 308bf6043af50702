/* TRUTH: racy. h is alias("g"): one object; worker writes h, main writes g. */
#include <pthread.h>
int g = 0;
extern int h __attribute__((alias("g")));
void *w(void *a) { (void)a; h = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); g = 2; pthread_join(t, 0); return 0; }
