/* TRUTH: racy. get() returns &g through an out-parameter; worker writes *q, main writes g. */
#include <pthread.h>
int g;
static void get(int **out) { *out = &g; }
void *w(void *a) { int *q; (void)a; get(&q); *q = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); g = 2; pthread_join(t, 0); return 0; }
