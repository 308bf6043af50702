/* TRUTH: racy — cleanup handler (executed by pthread_cleanup_pop(1)) increments global cleaned in both workers */
#include <pthread.h>
int cleaned;
static void on_clean(void *p) { cleaned++; }
void *w(void *p) {
  pthread_cleanup_push(on_clean, 0);
  pthread_cleanup_pop(1);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return cleaned;
}
