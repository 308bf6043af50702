/* TRUTH: free — restart creates h (no g access) after f is joined */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct worker { pthread_t t; };
static void restart(struct worker *w, void *(*fn)(void *)) { pthread_create(&w->t, 0, fn, 0); }
static void finish(struct worker *w) { pthread_join(w->t, 0); restart(w, h); }
int main(void) { struct worker a; pthread_create(&a.t, 0, f, 0); finish(&a); g = 1; return 0; }
