/* TRUTH: racy. main publishes &tl (its own TLS instance) in gp before create; thread writes
   *gp while main writes tl. */
#include <pthread.h>
static __thread int tl;
static int *gp;
static void *w(void *v) { (void)v; *gp = 5; return NULL; }
int main(void) {
  pthread_t t;
  gp = &tl;
  pthread_create(&t, NULL, w, NULL);
  tl = 3;
  pthread_join(t, NULL);
  return tl;
}
