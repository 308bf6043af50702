/* TRUTH: racy — double-checked init with a plain 'inited' flag: the unlocked read of inited races with the locked write in the other thread */
#include <pthread.h>
int inited; int val; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int get(void) {
  if (!inited) {
    pthread_mutex_lock(&m);
    if (!inited) { val = 42; inited = 1; }
    pthread_mutex_unlock(&m);
  }
  return val;
}
void *t(void *a) { return (void *)(long)get(); }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
