/* TRUTH: racy — joinable is 0 when run without args, finish does not join */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct worker { pthread_t t; int joinable; };
static void finish(struct worker *w) { if (w->joinable) pthread_join(w->t, 0); }
int main(int argc, char **argv) { struct worker a; a.joinable = argc > 1; pthread_create(&a.t, 0, f, 0); finish(&a); g = 1; return 0; }
