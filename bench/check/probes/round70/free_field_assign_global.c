/* TRUTH: free — helper only reads W.t; join(W.t) joins f */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct worker { pthread_t t; };
static void finish(struct worker *w) { pthread_join(w->t, 0); }
static struct worker W; static pthread_t t2;
static void swap_in(void) { t2 = W.t; }
int main(void) { pthread_create(&W.t, 0, f, 0); pthread_create(&t2, 0, h, 0); swap_in(); pthread_join(W.t, 0); g = 1; return 0; }
