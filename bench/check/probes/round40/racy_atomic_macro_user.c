/* TRUTH: racy — atomic_inc is a user MACRO expanding to a plain ++*(p): both threads do a non-atomic RMW of g (line 5). */
#include <pthread.h>
#define atomic_inc(p) (++*(p))
int g;
void *w(void *x) { atomic_inc(&g); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
