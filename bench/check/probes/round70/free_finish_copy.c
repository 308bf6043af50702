/* TRUTH: free — b is a copy of a taken while a.t held f; finish(&b) joins f */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct worker { pthread_t t; int joinable; };
static void finish(struct worker *w) { pthread_join(w->t, 0); }
int main(void) { struct worker a; pthread_create(&a.t, 0, f, 0); struct worker b = a; pthread_create(&a.t, 0, h, 0); finish(&b); g = 1; finish(&a); return 0; }
