/* TRUTH: racy — retarget(void *) receives w by implicit conversion and overwrites its id with the idle thread's */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
struct worker { pthread_t id; int arg; };
static struct worker *spawn(void *(*fn)(void *), void *arg) {
  struct worker *w = malloc(sizeof *w);
  if (!w) abort();
  w->arg = 0;
  if (pthread_create(&w->id, 0, fn, arg) != 0) abort();
  return w;
}
static void reap(struct worker *w) {
  pthread_join(w->id, 0);
  free(w);
}
static int shared;
static void *writer(void *a) { (void)a; shared = 1; return 0; }
static void *idle(void *a) { (void)a; return 0; }
static void retarget(void *obj, pthread_t t) { memcpy(obj, &t, sizeof t); }
int main(void) {
  pthread_t other;
  struct worker *w = spawn(writer, 0);
  pthread_create(&other, 0, idle, 0);
  retarget(w, other);
  reap(w);
  return shared;
}
