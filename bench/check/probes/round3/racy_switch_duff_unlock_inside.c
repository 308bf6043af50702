/* TRUTH: racy. Entering at case 1 skips the lock in case 0 (n = 5 -> n % 4 == 1), so g++
   runs unlocked while the other thread may hold m and write g. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  int n = (int)(long)v, held = 0;
  switch (n % 4) {
  case 0: pthread_mutex_lock(&m); held = 1;
  /* fallthrough */
  case 1: g++;
  }
  if (held) pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, (void *)4);
  pthread_create(&t2, NULL, w, (void *)5);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
