/* TRUTH: racy. Minimal: an access spelled in a macro's body (BUMP() -> g++) is not seen;
   two threads increment g unlocked. */
#include <pthread.h>
static int g;
#define BUMP() g++
static void *w(void *v) { (void)v; BUMP(); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
