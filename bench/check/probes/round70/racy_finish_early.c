/* TRUTH: racy — skip is 1 without args, finish returns early without joining */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct worker { pthread_t t; int skip; };
static void finish(struct worker *w) { if (w->skip) return; pthread_join(w->t, 0); }
int main(int argc, char **argv) { struct worker a; a.skip = argc < 2; pthread_create(&a.t, 0, f, 0); finish(&a); g = 1; return 0; }
