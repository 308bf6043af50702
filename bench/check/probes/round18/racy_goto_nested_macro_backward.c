/* TRUTH: racy. RETRY's goto (spelled inside a macro definition) jumps back to again; the second x++ in t2 runs unlocked */
#include <pthread.h>
#define WRAP(s) s
#define RETRY WRAP(if (--n > 0) goto again;)
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *t1(void *p) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); return 0; }
void *t2(void *p) {
  int n = 2, held = 1;
  pthread_mutex_lock(&m);
again:
  x++;
  if (held) {
    pthread_mutex_unlock(&m);
    held = 0;
  }
  RETRY
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
