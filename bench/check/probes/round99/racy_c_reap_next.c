/* TRUTH: racy — reap_first(list) joins list->next's thread (the idle one), not the writer in list itself */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t id; struct worker *next; };
static int shared;
static struct worker *spawn(void *(*fn)(void *), struct worker *next) {
  struct worker *w = malloc(sizeof *w);
  if (!w) abort();
  w->next = next;
  if (pthread_create(&w->id, 0, fn, 0) != 0) abort();
  return w;
}
static void reap_first(struct worker *w) { pthread_join(w->next->id, 0); }
static void *idle(void *a) { (void)a; return 0; }
static void *writer(void *a) { (void)a; shared = 1; return 0; }
int main(void) {
  struct worker *tail = spawn(idle, 0);
  struct worker *head = spawn(writer, tail);
  reap_first(head);
  return shared;
}
