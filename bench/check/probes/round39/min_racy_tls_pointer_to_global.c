/* TRUTH: racy — `mine` is thread-local but both threads point it at the same global `shared`, so the two `(*mine)++` write `shared` concurrently. */
#include <pthread.h>
static int shared;
static __thread int *mine;
static void *w(void *p) {
  (void)p;
  mine = &shared;
  (*mine)++;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return shared;
}
