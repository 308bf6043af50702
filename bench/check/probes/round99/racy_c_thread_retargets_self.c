/* TRUTH: racy — the writer stores a helper thread's id into its own w->id (published by a semaphore) and then writes shared; reap(w) joins only the helper */
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
struct worker { pthread_t id; int arg; };
static int shared;
static sem_t handed_over;
static struct worker *spawn(void *(*fn)(void *)) {
  struct worker *w = malloc(sizeof *w);
  if (!w) abort();
  if (pthread_create(&w->id, 0, fn, w) != 0) abort();
  return w;
}
static void reap(struct worker *w) { pthread_join(w->id, 0); free(w); }
static void *idle(void *a) { (void)a; return 0; }
static void *writer(void *a) {
  struct worker *self = a;
  pthread_t h;
  pthread_create(&h, 0, idle, 0);
  self->id = h;              /* hand the helper over to whoever reaps us */
  sem_post(&handed_over);
  shared = 1;
  return 0;
}
int main(void) {
  sem_init(&handed_over, 0, 0);
  struct worker *w = spawn(writer);
  sem_wait(&handed_over);
  reap(w);
  return shared;
}
