/* TRUTH: racy. Job struct's callback field set to bump (unlocked g++); two jobs run in two threads. */
#include <pthread.h>
static int g;
struct job { void (*run)(int); int arg; };
static void bump(int d) { g += d; }
static void *w(void *v) { struct job *j = v; j->run(j->arg); return NULL; }
int main(void) {
  pthread_t t1, t2;
  struct job j1 = { bump, 1 }, j2 = { bump, 2 };
  pthread_create(&t1, NULL, w, &j1);
  pthread_create(&t2, NULL, w, &j2);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
