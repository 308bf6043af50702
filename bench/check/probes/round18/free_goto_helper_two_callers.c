/* TRUTH: race-free. bump() (with a goto) is called by both threads under m */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void bump(int k) {
  if (k > 10)
    goto out;
  x++;
out:
  return;
}
void *t1(void *p) { pthread_mutex_lock(&m); bump(1); pthread_mutex_unlock(&m); return 0; }
void *t2(void *p) { pthread_mutex_lock(&m); bump(20); pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
