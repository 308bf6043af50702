/* TRUTH: racy. rec(0) recurses to rec(1), which jumps to done and writes x unlocked; t1 writes x under m */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void rec(int d) {
  if (d > 0)
    goto done;
  pthread_mutex_lock(&m);
  x++;
  pthread_mutex_unlock(&m);
  rec(d + 1);
  return;
done:
  x++;
}
void *t1(void *p) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); return 0; }
void *t2(void *p) { rec(0); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
