/* TRUTH: free — finish(&P.a) joins f */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct worker { pthread_t t; int joinable; };
static void finish(struct worker *w) { pthread_join(w->t, 0); }
struct pair { struct worker a, b; } P;
int main(void) { pthread_create(&P.a.t, 0, f, 0); pthread_create(&P.b.t, 0, h, 0); finish(&P.a); g = 1; finish(&P.b); return 0; }
