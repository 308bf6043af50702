/* TRUTH: racy. hit() bumps both a __thread counter and a plain static global. */
#include <pthread.h>
static __thread int tcount;
static int gcount;
static void hit(void) { tcount++; gcount++; }
void *worker(void *arg) { hit(); return (void *)(long)tcount; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return gcount;
}
