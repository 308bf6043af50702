/* TRUTH: free — finish(&ws[0]) joins f */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct worker { pthread_t t; int joinable; };
static void finish(struct worker *w) { pthread_join(w->t, 0); }
int main(void) { struct worker ws[2]; pthread_create(&ws[0].t, 0, f, 0); pthread_create(&ws[1].t, 0, h, 0); finish(&ws[0]); g = 1; finish(&ws[1]); return 0; }
