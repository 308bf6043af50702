/* TRUTH: free — all three workers joined before g */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct worker { pthread_t t; int joinable; };
static void finish(struct worker *w) { pthread_join(w->t, 0); }
int main(void) { struct worker ws[3]; for (int i = 0; i < 3; i++) pthread_create(&ws[i].t, 0, i == 2 ? f : h, 0); for (int i = 0; i < 3; i++) finish(&ws[i]); g = 1; return 0; }
