/* TRUTH: racy — the trylock result is ignored for the write: a thread whose trylock failed still does used++ while the other holds m */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int used;
static void *grab(void *p) { (void)p; int r = pthread_mutex_trylock(&m); used++; if (r == 0) pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, grab, 0); pthread_create(&b, 0, grab, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return used;
}
