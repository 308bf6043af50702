/* TRUTH: race-free. pthread_cleanup_pop(1) in main runs joiner(), joining the worker before x is written. */
#include <pthread.h>
int x;
static void joiner(void *t) { pthread_join(*(pthread_t *)t, 0); }
void *w(void *a) { (void)a; x = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0);
  pthread_cleanup_push(joiner, &t); pthread_cleanup_pop(1);
  x = 2; return x; }
