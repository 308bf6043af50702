/* TRUTH: racy. pp -> p -> g; worker writes **pp, main writes g, no sync. */
#include <pthread.h>
int g; int *p = &g; int **pp = &p;
void *w(void *a) { (void)a; **pp = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); g = 2; pthread_join(t, 0); return 0; }
