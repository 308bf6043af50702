/* TRUTH: racy. t1 memcpy's from shared src into a local (reads src[2]); t2 writes src[2]. */
#include <pthread.h>
#include <string.h>
static int src[4];
static void *cp(void *v) { (void)v; int l[4]; memcpy(l, src, sizeof l); return (void *)(long)l[2]; }
static void *w(void *v) { (void)v; src[2] = 9; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, cp, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
