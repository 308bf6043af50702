/* TRUTH: free — main's one malloc'd stats object carries its own mutex; both threads update count only while holding st->mu */
#include <pthread.h>
#include <stdlib.h>
struct stats { pthread_mutex_t mu; int count; };
static void *observe(void *p) { struct stats *st = p; pthread_mutex_lock(&st->mu); st->count++; pthread_mutex_unlock(&st->mu); return 0; }
int main(void) {
  struct stats *st = malloc(sizeof *st);
  if (!st) return 1;
  pthread_mutex_init(&st->mu, 0); st->count = 0;
  pthread_t a, b;
  pthread_create(&a, 0, observe, st); pthread_create(&b, 0, observe, st);
  pthread_join(a, 0); pthread_join(b, 0);
  int c = st->count;
  pthread_mutex_destroy(&st->mu); free(st);
  return c;
}
