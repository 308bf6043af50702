/* TRUTH: racy. The thread arg is a compound literal whose field points to g; worker writes *p, main writes g. */
#include <pthread.h>
int g;
struct box { int *p; int k; };
void *w(void *a) { struct box *b = a; *b->p = b->k; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, &(struct box){ .p = &g, .k = 4 }); g = 9; pthread_join(t, 0); return 0; }
