/* TRUTH: racy. pthread_cleanup_pop(1) runs the handler, which writes g; main reads g unsynchronized. */
#include <pthread.h>
int g;
static void on_exit_fn(void *p) { (void)p; g = 1; }
void *w(void *a) { (void)a; pthread_cleanup_push(on_exit_fn, 0); pthread_cleanup_pop(1); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); int r = g; pthread_join(t, 0); return r; }
