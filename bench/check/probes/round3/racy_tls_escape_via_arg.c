/* TRUTH: racy. main passes &tl (its TLS) as the thread argument; thread increments it while
   main increments tl. */
#include <pthread.h>
static _Thread_local int tl;
static void *w(void *v) { (*(int *)v)++; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, w, &tl);
  tl++;
  pthread_join(t, NULL);
  return tl;
}
