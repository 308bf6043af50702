/* TRUTH: free — finish joins w->t (f) */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct worker { pthread_t t, u; };
static void finish(struct worker *w) { pthread_join(w->t, 0); }
int main(void) { struct worker a; pthread_create(&a.t, 0, f, 0); pthread_create(&a.u, 0, h, 0); finish(&a); g = 1; return 0; }
